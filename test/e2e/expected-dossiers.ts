import {
  averageProcessingTime,
  digitisationRate,
  dossierCounts,
  onlinePaymentRate,
  onlineSubmissionRate,
  onTimeRate,
  type Period,
} from '../../common/kpi/index.js';
import { dossierSchema, type Dossier } from '../../common/schemas/dossier.js';
import { HOUR } from '../../common/time.js';
import type { FixtureDossier } from '../../connectors/public-service-portal/fixture/seed-dossiers.js';

/**
 * What the wall must show of the portal fixture's dossiers, worked out from the raw DongBoHoSoMC records
 * apart from the connector: the records are read here by hand, and the index-766 indicators are counted
 * with common/kpi, whose formulas are unit-tested against hand-worked examples (common/kpi/*.test.ts).
 */

/** The fields of DongBoHoSoMC the fixture writes (docs/connectors/public-service-portal.md). */
interface RawDossier {
  MaHoSo: string;
  MaTTHC: string;
  DonViXuLy: string;
  TenDonViXuLy: string;
  NgayTiepNhan: string;
  NgayHenTra: string;
  NgayKetThucXuLy: string;
  NgayTra: string;
  TrangThaiHoSo: number;
  KenhThucHien: 1 | 2 | 3 | null;
  DuocThanhToanTrucTuyen: 0 | 1 | 2;
  DanhSachLePhi: { Gia: number }[];
  TaiLieuNop: { DuocSoHoa: 0 | 1 }[];
  DanhSachHoSoBoSung: { NgayYeuCauBoSung: string; NgayBoSung?: string }[];
  DanhSachGiayToKetQua: { DuongDanTepTinKetQua?: string }[];
}

const VN = 7 * HOUR;

/** "20251103081500" is local time (UTC+7); the fixture writes one date in six as ISO with its offset. */
function portalDate(text: string): number;
function portalDate(text: string | undefined): number | undefined;
function portalDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return Date.parse(text);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - VN;
}

function dossierOf(r: RawDossier): Dossier {
  return dossierSchema.parse({
    code: r.MaHoSo,
    procedureCode: r.MaTTHC,
    agencyCode: r.DonViXuLy,
    agencyName: r.TenDonViXuLy,
    receivedAt: portalDate(r.NgayTiepNhan),
    dueAt: portalDate(r.NgayHenTra),
    finishedAt: portalDate(r.NgayKetThucXuLy),
    returnedAt: portalDate(r.NgayTra),
    status: r.TrangThaiHoSo,
    channel: r.KenhThucHien,
    paidOnline: r.DuocThanhToanTrucTuyen,
    hasFees: r.DanhSachLePhi.some((f) => f.Gia > 0),
    supplements: r.DanhSachHoSoBoSung.map((s) => ({ requestedAt: portalDate(s.NgayYeuCauBoSung), completedAt: portalDate(s.NgayBoSung) })),
    componentsDigitised: r.TaiLieuNop.every((p) => p.DuocSoHoa === 1),
    resultDigitised: r.DanhSachGiayToKetQua.some((g) => Boolean(g.DuongDanTepTinKetQua)),
  });
}

/** The local month holding `t`: the connector's default period. */
function monthOf(t: number): Period {
  const local = new Date(t + VN);
  return { from: Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - VN, to: Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - VN };
}

export interface DossierFigures {
  onTimeRate: number | null;
  onlineRate: number | null;
  onlinePaymentRate: number | null;
  digitisationRate: number | null;
  averageDays: number | null;
  received: number;
  completed: number;
  inProgress: number;
  overdue: number;
}

function figures(dossiers: readonly Dossier[], period: Period, now: number): DossierFigures {
  const elapsed = { from: period.from, to: Math.min(period.to, now) };
  const counts = dossierCounts(dossiers, period, now);
  return {
    onTimeRate: onTimeRate(dossiers, elapsed).rate,
    onlineRate: onlineSubmissionRate(dossiers, elapsed).rate,
    onlinePaymentRate: onlinePaymentRate(dossiers, elapsed).rate,
    digitisationRate: digitisationRate(dossiers, elapsed).rate,
    averageDays: averageProcessingTime(dossiers, elapsed).averageDays,
    received: dossiers.filter((d) => d.receivedAt >= elapsed.from && d.receivedAt < elapsed.to).length,
    completed: counts.completed,
    inProgress: counts.inProgress,
    overdue: counts.inProgressOverdue,
  };
}

export interface ExpectedDossiers {
  province: DossierFigures;
  /** By agency code: its name as the platform sends it and its figures. */
  agencies: Map<string, { name: string } & DossierFigures>;
}

/**
 * The connector's first sync (at `firstSync`) reads the dossiers the platform changed since the month began;
 * the metrics of the sync at `lastSync` count those over the month so far.
 */
export function expectedDossiers(fixture: readonly FixtureDossier[], firstSync: number, lastSync: number): ExpectedDossiers {
  const period = monthOf(lastSync);
  const read = fixture
    .filter((d) => d.updatedAt >= monthOf(firstSync).from && d.updatedAt <= Math.floor(firstSync / 1000) * 1000)
    .map((d) => dossierOf(d.record as unknown as RawDossier));
  const agencies = new Map<string, { name: string } & DossierFigures>();
  for (const code of new Set(read.map((d) => d.agencyCode))) {
    const own = read.filter((d) => d.agencyCode === code);
    agencies.set(code, { name: own[0]!.agencyName, ...figures(own, period, lastSync) });
  }
  return { province: figures(read, period, lastSync), agencies };
}
