import type { StateCreator } from 'zustand/vanilla';
import type { Sample } from '../../../common/index.js';
import type { AppState } from '../app-state.js';
import { defaultLimits, mergePoints, type Point } from '../sample-buffer.js';

export interface SeriesBuffer {
  points: readonly Point[];
  /** The initial query has answered: an empty buffer then means "no data", not "loading". */
  loaded: boolean;
  maxAgeMs: number;
}

export interface SamplesSlice {
  /** Only the series some visible tile needs: everything else in 'samples.appended' is dropped. */
  samples: Record<string, SeriesBuffer>;
  /** Tracks exactly these series, each kept for at least its window; forgets the others. */
  trackSeries(windows: ReadonlyMap<string, number>): void;
  /** Answers of samples.query: marks those series loaded. */
  fillSamples(seriesIds: readonly string[], samples: readonly Sample[]): void;
  appendSamples(samples: readonly Sample[]): void;
}

export const samplesInitial = (): Pick<SamplesSlice, 'samples'> => ({ samples: {} });

function groupBySeries(samples: readonly Sample[]): Map<string, Point[]> {
  const groups = new Map<string, Point[]>();
  for (const s of samples) {
    let g = groups.get(s.seriesId);
    if (!g) groups.set(s.seriesId, (g = []));
    g.push({ t: s.t, v: s.v });
  }
  return groups;
}

function merge(
  current: Record<string, SeriesBuffer>,
  groups: Map<string, Point[]>,
  markLoaded: ReadonlySet<string>,
): Record<string, SeriesBuffer> {
  let next: Record<string, SeriesBuffer> | undefined;
  const ids = new Set([...groups.keys(), ...markLoaded]);
  for (const id of ids) {
    const buf = current[id];
    if (!buf) continue;
    const points = mergePoints(buf.points, groups.get(id) ?? [], { maxPoints: defaultLimits.maxPoints, maxAgeMs: buf.maxAgeMs });
    next ??= { ...current };
    next[id] = { ...buf, points, loaded: buf.loaded || markLoaded.has(id) };
  }
  return next ?? current;
}

export const createSamplesSlice: StateCreator<AppState, [], [], SamplesSlice> = (set) => ({
  ...samplesInitial(),
  trackSeries: (windows) =>
    set((s) => {
      const samples: Record<string, SeriesBuffer> = {};
      for (const [id, windowMs] of windows) {
        const maxAgeMs = Math.max(defaultLimits.maxAgeMs, windowMs);
        const buf = s.samples[id];
        samples[id] = buf ? (buf.maxAgeMs === maxAgeMs ? buf : { ...buf, maxAgeMs }) : { points: [], loaded: false, maxAgeMs };
      }
      return { samples };
    }),
  fillSamples: (seriesIds, list) => set((s) => ({ samples: merge(s.samples, groupBySeries(list), new Set(seriesIds)) })),
  appendSamples: (list) => set((s) => ({ samples: merge(s.samples, groupBySeries(list), new Set()) })),
});
