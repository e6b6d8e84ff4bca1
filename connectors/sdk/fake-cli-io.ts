import type { CliIo } from './fixture-cli.js';

/** A CliIo for tests: records what a fixture command prints and stops it on demand. */
export function fakeIo() {
  const lines: string[] = [];
  const errors: string[] = [];
  let stop = (): void => undefined;
  const io: CliIo = {
    out: (line) => void lines.push(line),
    err: (line) => void errors.push(line),
    stopped: () => new Promise<void>((resolve) => (stop = resolve)),
  };
  return { io, lines, errors, stop: () => stop() };
}
