import { endOf } from '../../common/kpi/index-766/timeliness.js';
import type { Period } from '../../common/kpi/period.js';
import type { Dossier } from '../../common/schemas/dossier.js';

export interface DossierBook {
  put(d: Dossier): void;
  all(): Dossier[];
  /** Forgets dossiers that ended before the period began: no statistic of the period counts them. */
  prune(period: Period): void;
  readonly size: number;
}

/**
 * The dossiers of the current period, by MaHoSo, the latest version of each. The connector cannot read the
 * host's store, so this copy is what common/kpi counts. Carried-over dossiers still in progress stay when
 * the period turns, as indicator 2.1 counts them [S2c].
 */
export function createDossierBook(): DossierBook {
  const byCode = new Map<string, Dossier>();
  return {
    put: (d) => void byCode.set(d.code, d),
    all: () => [...byCode.values()],
    prune(period) {
      for (const [code, d] of byCode) {
        const end = endOf(d, Number.POSITIVE_INFINITY);
        if (end && end.at < period.from) byCode.delete(code);
      }
    },
    get size() {
      return byCode.size;
    },
  };
}
