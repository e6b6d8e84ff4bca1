import { useSyncExternalStore } from 'react';
import { useApp } from '../state/AppContext.js';

const listeners = new Set<() => void>();
let current = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

/** One timer for every tile, on whole seconds so clocks and ages change together. */
function tick() {
  current = Date.now();
  for (const l of [...listeners]) l();
  timer = setTimeout(tick, 1000 - (current % 1000) + 5);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    current = Date.now();
    timer = setTimeout(tick, 1000 - (current % 1000) + 5);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The host's current time, updated every second: ages are computed against the clock that stamped the data. */
export function useNow(): number {
  const local = useSyncExternalStore(subscribe, () => current);
  const offset = useApp((s) => s.clockOffsetMs);
  return local + offset;
}
