import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.js';

describe('the ioc-wall command line', () => {
  afterEach(() => vi.restoreAllMocks());

  const run = async (argv: string[]) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
    return { code: await main(argv), errors: errors.join('\n') };
  };

  it('names a port that is not a number', async () => {
    const { code, errors } = await run(['serve', '--port', 'tám nghìn']);
    expect(code).toBe(2);
    expect(errors).toContain('--port: "tám nghìn" is not a port number');
  });

  it('names an unknown option and an unknown command', async () => {
    const option = await run(['serve', '--cong', '80']);
    expect(option.code).toBe(2);
    expect(option.errors).toMatch(/--cong/);
    const command = await run(['phat']);
    expect(command.code).toBe(2);
    expect(command.errors).toMatch(/unknown command "phat"/);
  });
});
