import { parseArgs } from 'node:util';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Resolves when the fixture should stop: SIGINT or SIGTERM by default. */
  stopped(): Promise<void>;
}

export const processIo: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  stopped: () =>
    new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};

export interface FixtureCli {
  /** The command's name, as `ioc-wall <name>`. */
  name: string;
  usage: string;
  /** The fixture's own size option: `--reports`, `--dossiers`. */
  count: { flag: string; fallback: number };
  start(options: { port: number; seed: number; count: number }): Promise<{ url: string; stop(): Promise<void> }>;
}

const whole = (name: string, value: string | undefined, fallback: number, max: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new RangeError(`--${name}: "${value}" must be a whole number from 0 to ${max}`);
  return n;
};

/**
 * A connector's fixture server as a command, for demos and manual tests: `--port`, `--seed` and a size;
 * prints `ready <url>`, serves until stopped, and returns the exit code (2 on bad arguments).
 */
export async function runFixtureCli(cli: FixtureCli, argv: string[], io: CliIo = processIo): Promise<number> {
  let options: { port: number; seed: number; count: number };
  try {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, seed: { type: 'string' }, [cli.count.flag]: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) {
      io.out(cli.usage);
      return 0;
    }
    options = {
      port: whole('port', values.port as string | undefined, 0, 65_535),
      seed: whole('seed', values.seed as string | undefined, 20251, 2 ** 32 - 1),
      count: whole(cli.count.flag, values[cli.count.flag] as string | undefined, cli.count.fallback, 100_000),
    };
  } catch (error) {
    io.err(`${cli.name}: ${(error as Error).message}\n\n${cli.usage}`);
    return 2;
  }
  const fixture = await cli.start(options);
  io.out(`ready ${fixture.url}`);
  await io.stopped();
  await fixture.stop();
  return 0;
}
