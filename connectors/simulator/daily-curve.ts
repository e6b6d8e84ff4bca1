import { isWeekend, type LocalTime } from './local-time.js';

/** Points (hour, value) of a daily rhythm, sorted by hour, starting at 0 and ending at 24. */
export type Anchors = readonly (readonly [hour: number, value: number])[];

/** Piecewise-linear: rhythms read from operators' experience are rough, and straight segments keep them readable. */
export function dailyCurve(anchors: Anchors, hour: number): number {
  let previous = anchors[0];
  for (const anchor of anchors) {
    if (previous && anchor[0] >= hour) {
      const span = anchor[0] - previous[0];
      return span === 0 ? anchor[1] : previous[1] + ((anchor[1] - previous[1]) * (hour - previous[0])) / span;
    }
    previous = anchor;
  }
  return previous?.[1] ?? 0;
}

/** Office hours of state agencies (7:30-11:30, 13:30-17:00); a little work in the evening and at weekends, none at night. */
const OFFICE: Anchors = [
  [0, 0],
  [6.5, 0],
  [7.5, 1],
  [11.3, 1],
  [11.8, 0.3],
  [13.2, 0.3],
  [13.7, 1],
  [16.8, 1],
  [17.5, 0.25],
  [21, 0.08],
  [22, 0],
  [24, 0],
];

/** How busy the administration is now, 0-1: multiplies processing rates of reports, dossiers and documents. */
export function officeFactor(local: LocalTime): number {
  return dailyCurve(OFFICE, local.hour) * (isWeekend(local) ? 0.15 : 1);
}

/** Integral of an hourly rate from local midnight to now: seeds the "today" counters when the simulator starts mid-day. */
export function sinceMidnight(local: LocalTime, ratePerHour: (at: LocalTime) => number): number {
  const step = 0.25;
  let total = 0;
  for (let hour = 0; hour < local.hour; hour += step) total += ratePerHour({ ...local, hour }) * Math.min(step, local.hour - hour);
  return total;
}
