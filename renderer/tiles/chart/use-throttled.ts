import { useEffect, useRef } from 'react';

/**
 * Runs the latest `run` when `deps` change, at most once per `intervalMs`: a burst of samples
 * becomes one redraw at the end of the interval, never a redraw per sample.
 */
export function useThrottled(run: () => void, intervalMs: number, deps: readonly unknown[]): void {
  const latest = useRef(run);
  const lastRun = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  latest.current = run;

  useEffect(() => {
    const fire = () => {
      timer.current = undefined;
      lastRun.current = Date.now();
      latest.current();
    };
    const wait = intervalMs - (Date.now() - lastRun.current);
    if (wait <= 0) fire();
    else timer.current ??= setTimeout(fire, wait);
  }, deps);

  useEffect(() => () => clearTimeout(timer.current), []);
}
