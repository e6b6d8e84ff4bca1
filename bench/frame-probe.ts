/**
 * Runs inside the wall page (Playwright `addInitScript`, so it must not close over anything): hooks
 * every <video> the page ever creates and, for each frame it presents, records
 * - when the page first presented a frame of that element (ms since navigation start), and
 * - the frame's glass-to-glass latency: the time it is expected on screen minus the time written in
 *   its top strip by test/fixtures/clock_source.py (40 blocks: marker 1 0, 32 bits of the wall
 *   clock in ms modulo 2^32, 6 bits counting the set ones).
 * Results collect in `window.__frameProbe`.
 */
export function installFrameProbe(): void {
  interface Probe {
    firstFrameMs: number[];
    latencies: number[];
    unreadable: number;
  }
  const probe: Probe = { firstFrameMs: [], latencies: [], unreadable: 0 };
  (window as unknown as { __frameProbe: Probe }).__frameProbe = probe;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const BLOCKS = 40;

  function readStrip(video: HTMLVideoElement): number | null {
    const w = video.videoWidth;
    if (!w) return null;
    canvas.width = w;
    canvas.height = 1;
    // Row 16 is the middle of the 32-row strip.
    ctx.drawImage(video, 0, 16, w, 1, 0, 0, w, 1);
    const row = ctx.getImageData(0, 0, w, 1).data;
    const block = Math.floor(w / BLOCKS);
    const bits: number[] = Array.from({ length: BLOCKS }, (_, i) => (row[(i * block + Math.floor(block / 2)) * 4]! > 128 ? 1 : 0));
    if (bits[0] !== 1 || bits[1] !== 0) return null;
    let value = 0;
    let ones = 0;
    for (let i = 2; i < 34; i++) {
      value = value * 2 + bits[i]!;
      ones += bits[i]!;
    }
    const check = bits.slice(34).reduce((a, b) => a * 2 + b, 0);
    return check === ones ? value : null;
  }

  function watch(video: HTMLVideoElement) {
    if ((video as unknown as { __probed?: boolean }).__probed) return;
    (video as unknown as { __probed?: boolean }).__probed = true;
    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
      if (!(video as unknown as { __first?: boolean }).__first) {
        (video as unknown as { __first?: boolean }).__first = true;
        probe.firstFrameMs.push(meta.expectedDisplayTime);
      }
      const made = readStrip(video);
      if (made === null) probe.unreadable++;
      else {
        const shown = Math.round(performance.timeOrigin + meta.expectedDisplayTime) % 2 ** 32;
        probe.latencies.push((shown - made + 2 ** 32) % 2 ** 32);
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  }

  new MutationObserver(() => document.querySelectorAll('video').forEach(watch)).observe(document, { childList: true, subtree: true });
}

export interface FrameProbeResult {
  firstFrameMs: number[];
  latencies: number[];
  unreadable: number;
}
