import { endOf } from '../../common/kpi/index-766/timeliness.js';
import type { Period } from '../../common/kpi/period.js';
import type { Dossier } from '../../common/schemas/dossier.js';
import type { PortalDossier } from './sync-record.js';

export interface DossierBook {
  /** Keeps the latest version; true when the dossier is new to the book or differs from the copy it had. */
  put(p: PortalDossier): boolean;
  all(): Dossier[];
  /** Forgets dossiers that ended before the period began: no statistic of the period counts them. */
  prune(period: Period): void;
}

/**
 * The dossiers of the current period, by MaHoSo, the latest version of each. The connector cannot read the
 * host's store, so this copy is what common/kpi counts. Carried-over dossiers still in progress stay when
 * the period turns, as indicator 2.1 counts them [S2c]. Comparing versions lets a re-read window (the
 * overlap before the cursor) store only what changed.
 */
export function createDossierBook(): DossierBook {
  const byCode = new Map<string, { dossier: Dossier; text: string }>();
  return {
    put(p) {
      const text = JSON.stringify(p);
      const same = byCode.get(p.dossier.code)?.text === text;
      byCode.set(p.dossier.code, { dossier: p.dossier, text });
      return !same;
    },
    all: () => [...byCode.values()].map((e) => e.dossier),
    prune(period) {
      for (const [code, e] of byCode) {
        const end = endOf(e.dossier, Number.POSITIVE_INFINITY);
        if (end && end.at < period.from) byCode.delete(code);
      }
    },
  };
}
