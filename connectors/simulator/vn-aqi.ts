/**
 * Hourly VN_AQI from particulate matter, after QĐ 1459/QĐ-TCMT (12 Nov 2019), Table 2 and the NowCast
 * rule. Only PM2.5 and PM10: the simulator has no gas sensors, and the gas
 * columns (O3, CO, SO2, NO2) belong with a shared implementation in common/ when a real station needs them.
 */

export type Particulate = 'pm25' | 'pm10';

/** I_i: the index at each breakpoint. */
const indexBreakpoints = [0, 50, 100, 150, 200, 300, 400, 500] as const;

/** BP_i in µg/m³; the last one is "≥", above which the index is 500. */
const concentrationBreakpoints: Record<Particulate, readonly number[]> = {
  pm10: [0, 50, 150, 250, 350, 420, 500, 600],
  pm25: [0, 25, 50, 80, 150, 250, 350, 500],
};

/** AQI_x for one pollutant, unrounded: the decision interpolates linearly with no gaps between bands. */
export function subIndex(pollutant: Particulate, concentration: number): number {
  if (!(concentration >= 0)) throw new RangeError(`${pollutant} concentration must be ≥ 0, got ${concentration}`);
  const bp = concentrationBreakpoints[pollutant];
  for (let i = 0; i + 1 < bp.length; i++) {
    const low = bp[i] ?? 0;
    const high = bp[i + 1] ?? low;
    const iLow = indexBreakpoints[i] ?? 0;
    const iHigh = indexBreakpoints[i + 1] ?? iLow;
    if (concentration <= high) return ((iHigh - iLow) / (high - low)) * (concentration - low) + iLow;
  }
  return 500;
}

/**
 * NowCast of hourly means, newest first (c1 = the current hour … c12 = eleven hours earlier); null is a
 * missing hour and weighs nothing. Needs two of the last three hours, otherwise there is no value.
 */
export function nowCast(hourly: readonly (number | null)[]): number | null {
  const window = hourly.slice(0, 12);
  if (window.slice(0, 3).filter((c) => c !== null).length < 2) return null;
  const present = window.filter((c): c is number => c !== null);
  const max = Math.max(...present);
  const w = max > 0 ? Math.max(Math.min(...present) / max, 0.5) : 1;
  let weighted = 0;
  let weights = 0;
  for (const [i, c] of window.entries()) {
    if (c === null) continue;
    weighted += w ** i * c;
    weights += w ** i;
  }
  return weighted / weights;
}

/** Round half up, after trimming binary noise so that 109.5 computed as 109.4999… still gives 110. */
export function roundAqi(value: number): number {
  return Math.floor(Math.round(value * 1e6) / 1e6 + 0.5);
}

/** AQI^h: the largest sub-index, rounded. At least one of PM2.5 or PM10 is required by the decision. */
export function hourlyAqi(concentrations: Partial<Record<Particulate, number>>): number {
  const subs = (Object.entries(concentrations) as [Particulate, number | undefined][])
    .filter((entry): entry is [Particulate, number] => entry[1] !== undefined)
    .map(([pollutant, c]) => subIndex(pollutant, c));
  if (subs.length === 0) throw new RangeError('VN_AQI needs PM2.5 or PM10');
  return roundAqi(Math.max(...subs));
}

/** Table 1 band names, as published to the public. */
export function aqiBand(aqi: number): string {
  if (aqi <= 50) return 'Tốt';
  if (aqi <= 100) return 'Trung bình';
  if (aqi <= 150) return 'Kém';
  if (aqi <= 200) return 'Xấu';
  if (aqi <= 300) return 'Rất xấu';
  return 'Nguy hại';
}
