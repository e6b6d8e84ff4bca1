import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MINUTE, SECOND } from '../../common/index.js';
import { attachKioskRecovery, createBackoffPolicy, type RecoverableContents } from '../../main/electron/kiosk-recovery.js';
import { createLogger } from '../../main/host/log.js';
import { FakeWebContents } from './fake-electron.js';

describe('backoff policy', () => {
  it('grows exponentially up to the cap and starts over after a reset', () => {
    const policy = createBackoffPolicy({ baseMs: 1000, capMs: 30_000 });
    expect([1, 2, 3, 4, 5, 6, 7].map(() => policy.next())).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(policy.attempts).toBe(7);
    policy.reset();
    expect(policy.attempts).toBe(0);
    expect(policy.next()).toBe(1000);
  });

  it('defaults to one second, capped at a minute', () => {
    const policy = createBackoffPolicy();
    const delays = Array.from({ length: 10 }, () => policy.next());
    expect(delays[0]).toBe(SECOND);
    expect(Math.max(...delays)).toBe(MINUTE);
  });
});

describe('kiosk recovery', () => {
  let lines: Record<string, unknown>[];
  const log = () => createLogger({}, { write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });

  beforeEach(() => {
    vi.useFakeTimers();
    lines = [];
  });
  afterEach(() => vi.useRealTimers());

  function attach() {
    const contents = new FakeWebContents();
    const detach = attachKioskRecovery(contents as unknown as RecoverableContents, { log: log(), policy: createBackoffPolicy({ baseMs: 1000, capMs: 8000 }) });
    const crash = (reason = 'crashed') => contents.emit('render-process-gone', {}, { reason, exitCode: 139 });
    return { contents, detach, crash };
  }

  it('reloads a crashed renderer after growing, capped delays', () => {
    const { contents, crash } = attach();
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      crash();
      let waited = 0;
      while (contents.reload.mock.calls.length === i) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(lines.some((l) => l.msg === 'renderer process gone' && l.reason === 'crashed')).toBe(true);
  });

  it('resets the backoff once the page stayed up for a minute', () => {
    const { contents, crash } = attach();
    crash();
    vi.advanceTimersByTime(1000);
    crash();
    vi.advanceTimersByTime(2000);
    expect(contents.reload).toHaveBeenCalledTimes(2);
    contents.emit('did-finish-load');
    vi.advanceTimersByTime(MINUTE - 1);
    crash(); // before the minute: the backoff keeps growing
    vi.advanceTimersByTime(3999);
    expect(contents.reload).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(contents.reload).toHaveBeenCalledTimes(3);
    contents.emit('did-finish-load');
    vi.advanceTimersByTime(MINUTE);
    expect(lines.some((l) => l.msg === 'renderer healthy; backoff reset')).toBe(true);
    crash();
    vi.advanceTimersByTime(1000);
    expect(contents.reload).toHaveBeenCalledTimes(4);
  });

  it('kills a hung renderer, then reloads it once', () => {
    const { contents, crash } = attach();
    contents.forcefullyCrashRenderer.mockImplementation(() => crash('killed'));
    contents.emit('unresponsive');
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    contents.emit('unresponsive'); // still hung while the reload waits: nothing more
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(contents.reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(contents.reload).toHaveBeenCalledTimes(1);
    expect(lines.map((l) => l.msg)).toContain('renderer unresponsive');
  });

  it('does nothing once detached or destroyed', () => {
    const a = attach();
    a.detach();
    a.crash();
    vi.advanceTimersByTime(10_000);
    expect(a.contents.reload).not.toHaveBeenCalled();

    const b = attach();
    b.crash();
    b.contents.destroyed = true;
    b.contents.emit('destroyed');
    vi.advanceTimersByTime(10_000);
    expect(b.contents.reload).not.toHaveBeenCalled();
  });
});
