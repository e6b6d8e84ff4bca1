/**
 * Runs inside the wall page (Playwright `addInitScript`, so it must not close over anything): for
 * every <video> the page ever has, each time it is given a new source (a camera switched onto its
 * tile, a player started afresh) records when that happened and when the first frame of that source
 * was expected on screen, both on the wall clock (ms since the epoch). Results collect in
 * `window.__switchProbe`.
 */
export function installSwitchProbe(): void {
  const shown: SwitchProbeEntry[] = [];
  (window as unknown as { __switchProbe: SwitchProbeEntry[] }).__switchProbe = shown;
  const watched = new WeakSet<HTMLVideoElement>();
  const watch = (video: HTMLVideoElement) => {
    if (watched.has(video)) return;
    watched.add(video);
    video.addEventListener('loadstart', () => {
      const sourceAt = Date.now();
      const tileId = video.closest('[data-tile-id]')?.getAttribute('data-tile-id') ?? '';
      const cameraId = video.closest('[data-camera-id]')?.getAttribute('data-camera-id') ?? '';
      const src = video.src;
      video.requestVideoFrameCallback((_now, meta) => {
        if (video.src === src) shown.push({ tileId, cameraId, sourceAt, firstFrameAt: performance.timeOrigin + meta.expectedDisplayTime });
      });
    });
  };
  new MutationObserver(() => document.querySelectorAll('video').forEach(watch)).observe(document, { childList: true, subtree: true });
}

export interface SwitchProbeEntry {
  tileId: string;
  cameraId: string;
  sourceAt: number;
  firstFrameAt: number;
}
