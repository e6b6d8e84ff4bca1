/** Where a tour is at a moment: the step on screen and how long it has left there. */
export interface TourPosition {
  index: number;
  remainingMs: number;
}

/** Whole milliseconds, so a cycle of many steps adds up without rounding drift. */
export const dwellMs = (step: { dwellSeconds: number }): number => Math.round(step.dwellSeconds * 1000);

/**
 * The step a tour shows `elapsedMs` after its anchor. The tour repeats forever from the anchor, so
 * displays that read the same clock show the same camera and a reloaded page resumes mid-step.
 */
export function tourPosition(steps: readonly { dwellSeconds: number }[], elapsedMs: number): TourPosition {
  if (steps.length === 0) throw new Error('a tour needs at least one step');
  const cycleMs = steps.reduce((sum, s) => sum + dwellMs(s), 0);
  // A clock behind the anchor still lands inside the cycle.
  let t = ((elapsedMs % cycleMs) + cycleMs) % cycleMs;
  let index = 0;
  while (index < steps.length - 1 && t >= dwellMs(steps[index]!)) {
    t -= dwellMs(steps[index]!);
    index++;
  }
  return { index, remainingMs: dwellMs(steps[index]!) - t };
}
