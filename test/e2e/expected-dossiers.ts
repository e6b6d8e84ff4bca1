import type { FixtureDossier } from '../../connectors/public-service-portal/fixture/seed-dossiers.js';

/**
 * What the wall must show of the portal fixture's dossiers, worked out from the raw DongBoHoSoMC records
 * with nothing of the connector or common/kpi: the dates are read, and each indicator counted, here by hand
 * from the rules of domain.md 1.3 ([S2c] 2.1, 2.2, 3.3, 3.6, 4.2). The connector tests use it too.
 */

/** The fields of DongBoHoSoMC the fixture writes (docs/connectors/public-service-portal.md). */
interface RawDossier {
  MaHoSo: string;
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
  DanhSachHoSoBoSung: { NgayBoSung: string; NgayTiepNhanBoSung?: string; NgayHenTraTruoc?: string; NgayHenTraMoi?: string }[];
  DanhSachGiayToKetQua: { DuongDanTepTinKetQua?: string }[];
  ThoiGianGiaiQuyet?: number;
  DonViTinh?: 'Ngày' | 'Ngày làm việc' | 'Giờ';
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;

/** "20251103081500" is local time (UTC+7); the fixture writes one date in six as ISO with its offset. */
function portalDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return Date.parse(text);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - VN;
}

/** The end of the legal time: working days skip Saturday and Sunday in Vietnam time. */
function legalEnd(start: number, amount: number, unit: RawDossier['DonViTinh']): number {
  if (unit === 'Giờ') return start + amount * HOUR;
  if (unit !== 'Ngày làm việc') return start + amount * DAY;
  let t = start;
  let left = amount;
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t + VN).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return t;
}

/** The local month holding `t`: the connector's default period. */
function monthOf(t: number): { from: number; to: number } {
  const local = new Date(t + VN);
  return { from: Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - VN, to: Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - VN };
}

/** Percent to 2 decimals, null for a zero denominator, as [S2c] rounds. */
const percent = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n * 10_000) / d) / 100);

export interface DossierFigures {
  received: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  inProgress: number;
  overdue: number;
  onTimeRate: number | null;
  onlineRate: number | null;
  onlinePaymentRate: number | null;
  digitisationRate: number | null;
  averageDays: number | null;
}

/** One dossier as the period sees it. */
interface Seen {
  receivedInPeriod: boolean;
  /** Received before the period end and not ended before it began. */
  handled: boolean;
  ended: 'completed' | 'other' | undefined;
  onTime: boolean;
  online: boolean;
  feeBearing: boolean;
  paidOnline: boolean;
  digitised: boolean;
  /** 2.2's days of a completed dossier received in the period. */
  days: number | undefined;
}

function see(r: RawDossier, from: number, to: number): Seen {
  const received = portalDate(r.NgayTiepNhan)!;
  const status = Number(r.TrangThaiHoSo);
  const endTime = portalDate(r.NgayKetThucXuLy) ?? (status === 10 ? portalDate(r.NgayTra) : undefined);
  const endsEver = [3, 7, 8, 9, 10].includes(status) ? endTime : undefined;
  const endsHere = endsEver !== undefined && endsEver < to ? endsEver : undefined;
  // The verdict's end: the end status's time, or the period end for a dossier still open.
  const end = endsHere ?? to;
  const asked = r.DanhSachHoSoBoSung.filter((s) => portalDate(s.NgayBoSung)! < end);
  let onTime = false;
  if (asked.length <= 1) {
    const s = asked[0];
    const moved = s?.NgayHenTraMoi !== undefined && s.NgayHenTraMoi !== s.NgayHenTraTruoc;
    const deadline = moved
      ? portalDate(s.NgayHenTraMoi)!
      : (portalDate(r.NgayHenTra) ?? legalEnd(received, r.ThoiGianGiaiQuyet!, r.DonViTinh));
    const pause = s && !moved ? Math.min(portalDate(s.NgayTiepNhanBoSung) ?? end, end) - portalDate(s.NgayBoSung)! : 0;
    onTime = end - pause <= deadline;
  }
  const receivedInPeriod = received >= from && received < to;
  const completedEver = endsEver !== undefined && (status === 9 || status === 10);
  let days: number | undefined;
  if (receivedInPeriod && completedEver) {
    const allPause = r.DanhSachHoSoBoSung.filter((s) => portalDate(s.NgayBoSung)! < endsEver).reduce(
      (sum, s) => sum + Math.min(portalDate(s.NgayTiepNhanBoSung) ?? endsEver, endsEver) - portalDate(s.NgayBoSung)!,
      0,
    );
    // The time it took, whatever its procedure allows (docs/decisions/0008-average-processing-time.md).
    days = (endsEver - received - allPause) / DAY;
  }
  return {
    receivedInPeriod,
    handled: received < to && !(endsHere !== undefined && endsHere < from),
    ended: endsHere === undefined ? undefined : status === 9 || status === 10 ? 'completed' : 'other',
    onTime,
    online: r.KenhThucHien === 2,
    feeBearing: r.DanhSachLePhi.some((f) => f.Gia > 0),
    paidOnline: r.DuocThanhToanTrucTuyen === 1 || r.DuocThanhToanTrucTuyen === 2,
    digitised: r.TaiLieuNop.length > 0 && r.TaiLieuNop.every((p) => p.DuocSoHoa === 1) && r.DanhSachGiayToKetQua.some((g) => Boolean(g.DuongDanTepTinKetQua)),
    days,
  };
}

function figures(seen: readonly Seen[]): DossierFigures {
  const count = (keep: (s: Seen) => boolean): number => seen.filter(keep).length;
  const handled = seen.filter((s) => s.handled);
  const received = seen.filter((s) => s.receivedInPeriod);
  const fees = received.filter((s) => s.feeBearing);
  const timed = seen.flatMap((s) => (s.days === undefined ? [] : [s.days]));
  return {
    received: received.length,
    completed: count((s) => s.handled && s.ended === 'completed'),
    completedOnTime: count((s) => s.handled && s.ended === 'completed' && s.onTime),
    completedLate: count((s) => s.handled && s.ended === 'completed' && !s.onTime),
    inProgress: count((s) => s.handled && s.ended === undefined),
    overdue: count((s) => s.handled && s.ended === undefined && !s.onTime),
    onTimeRate: percent(handled.filter((s) => s.onTime).length, handled.length),
    onlineRate: percent(received.filter((s) => s.online).length, received.length),
    onlinePaymentRate: percent(fees.filter((s) => s.paidOnline).length, fees.length),
    digitisationRate: percent(received.filter((s) => s.digitised).length, received.length),
    averageDays: timed.length === 0 ? null : Math.round((timed.reduce((a, b) => a + b, 0) / timed.length) * 100) / 100,
  };
}

export interface ExpectedDossiers {
  province: DossierFigures;
  /** By agency code, for agencies with a dossier handled or received in the period: its name and figures. */
  agencies: Map<string, { name: string } & DossierFigures>;
}

/**
 * The figures of the month holding `now`, up to `now`, over every dossier the fixture holds as it is now: the
 * connector must see carried-over open dossiers as well as the ones changed this month.
 */
export function expectedDossiers(fixture: readonly FixtureDossier[], now: number): ExpectedDossiers {
  const month = monthOf(now);
  const to = Math.min(month.to, now);
  const raw = fixture.map((d) => d.record as unknown as RawDossier);
  const seen = raw.map((r) => ({ r, s: see(r, month.from, to) }));
  const agencies = new Map<string, { name: string } & DossierFigures>();
  for (const code of [...new Set(raw.map((r) => r.DonViXuLy))].sort()) {
    const own = seen.filter((x) => x.r.DonViXuLy === code);
    if (!own.some((x) => x.s.handled || x.s.receivedInPeriod)) continue;
    const latest = own.reduce((a, b) => (portalDate(b.r.NgayTiepNhan)! > portalDate(a.r.NgayTiepNhan)! ? b : a));
    agencies.set(code, { name: latest.r.TenDonViXuLy, ...figures(own.map((x) => x.s)) });
  }
  return { province: figures(seen.map((x) => x.s)), agencies };
}

/** `portal.<instanceId>.<metric>[.<agency>]` → value, as the connector names its series; a metric with nothing to count is absent. */
export function expectedSeries(fixture: readonly FixtureDossier[], now: number, instanceId: string): Map<string, number> {
  const e = expectedDossiers(fixture, now);
  const out = new Map<string, number>();
  const add = (f: DossierFigures, agency?: string) => {
    const values: Record<string, number | null> = {
      received: f.received,
      completed: f.completed,
      'on-time': f.completedOnTime,
      late: f.completedLate,
      'in-progress': f.inProgress,
      overdue: f.overdue,
      'on-time-rate': f.onTimeRate,
      'online-rate': f.onlineRate,
      'online-payment-rate': f.onlinePaymentRate,
      'digitisation-rate': f.digitisationRate,
      'processing-days': f.averageDays,
    };
    for (const [metric, v] of Object.entries(values)) {
      if (v !== null) out.set(`portal.${instanceId}.${metric}${agency === undefined ? '' : `.${agency.toLowerCase()}`}`, v);
    }
  };
  add(e.province);
  for (const [code, f] of e.agencies) add(f, code);
  return out;
}
