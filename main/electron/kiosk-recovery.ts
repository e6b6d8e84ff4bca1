import type { RenderProcessGoneDetails, WebContents } from 'electron';
import { backoffMs, MINUTE, SECOND } from '../../common/index.js';
import type { Logger } from '../host/log.js';

/** How long to wait before the next recovery: capped exponential, reset once the page has been healthy. */
export interface BackoffPolicy {
  /** The delay before the next attempt; counts the attempt. */
  next(): number;
  reset(): void;
  readonly attempts: number;
}

export function createBackoffPolicy(opts: { baseMs?: number; capMs?: number } = {}): BackoffPolicy {
  const baseMs = opts.baseMs ?? SECOND;
  const capMs = opts.capMs ?? MINUTE;
  let attempts = 0;
  return {
    next() {
      const delay = backoffMs(attempts, baseMs, capMs);
      attempts++;
      return delay;
    },
    reset() {
      attempts = 0;
    },
    get attempts() {
      return attempts;
    },
  };
}

export type RecoverableContents = Pick<WebContents, 'on' | 'removeListener' | 'reload' | 'forcefullyCrashRenderer' | 'isDestroyed'>;

export interface KioskRecoveryOptions {
  log: Logger;
  policy?: BackoffPolicy;
  /** A page that stays up this long after loading resets the backoff. */
  healthyAfterMs?: number;
}

/**
 * Keeps a kiosk page alive: a renderer that died is reloaded, a hung one is killed then reloaded,
 * each after a growing delay so a page that crashes on load does not spin the CPU.
 * Returns a function that detaches the handlers.
 */
export function attachKioskRecovery(contents: RecoverableContents, opts: KioskRecoveryOptions): () => void {
  const { log } = opts;
  const policy = opts.policy ?? createBackoffPolicy();
  const healthyAfterMs = opts.healthyAfterMs ?? MINUTE;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let healthy: ReturnType<typeof setTimeout> | undefined;
  let detached = false;

  const schedule = (cause: string) => {
    if (pending || detached) return;
    if (healthy) clearTimeout(healthy);
    healthy = undefined;
    const delayMs = policy.next();
    log.warn('renderer reload scheduled', { cause, delayMs, attempt: policy.attempts });
    pending = setTimeout(() => {
      pending = undefined;
      if (detached || contents.isDestroyed()) return;
      log.info('renderer reloading', { cause, attempt: policy.attempts });
      contents.reload();
    }, delayMs);
  };

  const onGone = (_event: unknown, details: RenderProcessGoneDetails) => {
    log.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
    schedule(`render-process-gone:${details.reason}`);
  };
  const onUnresponsive = () => {
    log.error('renderer unresponsive');
    if (pending || detached || contents.isDestroyed()) return;
    // A hung renderer never answers a reload: kill it first. Its render-process-gone is then
    // folded into the reload scheduled here.
    contents.forcefullyCrashRenderer();
    schedule('unresponsive');
  };
  const onResponsive = () => log.info('renderer responsive again');
  const onLoaded = () => {
    if (healthy) clearTimeout(healthy);
    healthy = setTimeout(() => {
      healthy = undefined;
      if (policy.attempts > 0) log.info('renderer healthy; backoff reset', { attempts: policy.attempts });
      policy.reset();
    }, healthyAfterMs);
  };
  const detach = () => {
    if (detached) return;
    detached = true;
    if (pending) clearTimeout(pending);
    if (healthy) clearTimeout(healthy);
    pending = healthy = undefined;
    if (contents.isDestroyed()) return;
    contents.removeListener('render-process-gone', onGone);
    contents.removeListener('unresponsive', onUnresponsive);
    contents.removeListener('responsive', onResponsive);
    contents.removeListener('did-finish-load', onLoaded);
    contents.removeListener('destroyed', detach);
  };

  contents.on('render-process-gone', onGone);
  contents.on('unresponsive', onUnresponsive);
  contents.on('responsive', onResponsive);
  contents.on('did-finish-load', onLoaded);
  contents.on('destroyed', detach);
  return detach;
}
