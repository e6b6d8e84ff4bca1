/** Runs at most `max` jobs at once; the others wait their turn, first come first served. */
export interface JobLimit {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting for a turn. */
  readonly waiting: number;
}

export function createJobLimit(max: number): JobLimit {
  if (!Number.isInteger(max) || max < 1) throw new Error(`a job limit needs a whole number of at least 1, not ${max}`);
  let running = 0;
  const queue: (() => void)[] = [];
  /** A finished job hands its place to the first waiting one, or gives it up. */
  const next = () => {
    const waiter = queue.shift();
    if (waiter) waiter();
    else running--;
  };
  return {
    async run(job) {
      if (running >= max) await new Promise<void>((r) => queue.push(r));
      else running++;
      try {
        return await job();
      } finally {
        next();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
