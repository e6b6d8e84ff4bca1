import type { StreamVariant } from '../../../common/index.js';
import { filterSpec } from './filter-escape.js';
import type { FfmpegInfo } from './find-ffmpeg.js';

/**
 * fMP4 for MSE. By default one fragment per frame, so a picture leaves the gateway as soon as it is
 * encoded. With `fragmentMs`, frames gather into fragments of about that long, each keyframe opening a
 * new one (so the GOP cache still starts at a keyframe): a few pipe reads and socket writes a second
 * per camera instead of 25, for up to `fragmentMs` more latency (decision 0007).
 * skip_trailer: without it the muxer keeps a 40-byte index entry per fragment for the mfra box it
 * would write at exit, 3.6 MB an hour per camera that never comes back (docs/performance.md).
 */
export function fmp4Output(fragmentMs = 0): string[] {
  const cutAt = fragmentMs > 0 ? 'frag_keyframe' : 'frag_every_frame';
  const duration = fragmentMs > 0 ? ['-frag_duration', String(fragmentMs * 1000)] : [];
  return ['-f', 'mp4', '-movflags', `empty_moov+default_base_moof+${cutAt}+skip_trailer`, ...duration, 'pipe:1'];
}

export interface SyntheticOptions {
  /** A font with Vietnamese glyphs for the burned-in name and clock. */
  fontFile?: string;
  /** File holding the camera's name: drawtext reads it as is, with no escaping to get wrong. */
  nameFile?: string;
  /** See fmp4Output. */
  fragmentMs?: number;
  width?: number;
  height?: number;
  fps?: number;
}

/** Re-encoding for cameras whose codec a browser cannot play: as cheap and as prompt as x264 gets. */
const TRANSCODE = ['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-pix_fmt', 'yuv420p', '-g', '25'];

/**
 * ffmpeg arguments that pull an RTSP camera and repackage its H.264 without re-encoding, or, for a
 * camera found to send HEVC or MJPEG, re-encode it to H.264.
 */
export function rtspArgs(url: string, ffmpeg: Pick<FfmpegInfo, 'rtspTimeoutOption'>, opts: { timeoutMs?: number; transcode?: boolean; fragmentMs?: number } = {}): string[] {
  const { timeoutMs = 5000, transcode = false, fragmentMs = 0 } = opts;
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'warning',
    '-rtsp_transport',
    'tcp',
    ffmpeg.rtspTimeoutOption,
    String(timeoutMs * 1000),
    // The SDP already describes the stream: probing 0.1 s instead of ffmpeg's default brought the first
    // fragment from 1.2 s to 0.33 s after start here (bench/camera.bench.ts). -fflags nobuffer made it later.
    '-probesize',
    '32768',
    '-analyzeduration',
    '100000',
    '-i',
    url,
    '-map',
    '0:v:0',
    '-an',
    ...(transcode ? TRANSCODE : ['-c:v', 'copy']),
    ...fmp4Output(fragmentMs),
  ];
}

/**
 * The burned-in clock: day and time to the millisecond, so a photo of the wall beside a stopwatch
 * measures glass-to-glass latency. Both parts come from the frame's timestamp, set to the wall clock
 * when the frame is made: drawtext's own %{localtime} has whole seconds only, and mixing the two
 * clocks would show a second that disagrees with its milliseconds.
 */
const CLOCK = '%{pts:localtime:0:%d/%m/%Y %H\\:%M\\:%S}.%{eif:mod(t*1000,1000):d:3}';

/**
 * A synthetic camera's pictures: its main stream at 960x540 to spare the demo machine's CPU, a sub
 * stream at 640x360, the size IP cameras commonly send there.
 */
export const SYNTHETIC_SIZES: Record<StreamVariant, { width: number; height: number }> = {
  main: { width: 960, height: 540 },
  sub: { width: 640, height: 360 },
};

/**
 * A synthetic camera: an ffmpeg test picture in real time with the camera's name and the wall clock
 * burned in, encoded to H.264 the way an IP camera would send it (one keyframe a second).
 */
export function syntheticArgs(pattern: string, opts: SyntheticOptions = {}): string[] {
  const { width = SYNTHETIC_SIZES.main.width, height = SYNTHETIC_SIZES.main.height, fps = 25 } = opts;
  const font: [string, string][] = opts.fontFile ? [['fontfile', opts.fontFile]] : [];
  const box: [string, string][] = [
    ['fontcolor', 'white'],
    ['box', '1'],
    ['boxcolor', 'black@0.55'],
  ];
  const size = Math.round(height / 15);
  // Bottom left, the name above the clock, as a camera's OSD: the tile's own overlay owns the top edge,
  // and a long name must not run over the clock.
  const name = opts.nameFile
    ? [filterSpec('drawtext', [...font, ['textfile', opts.nameFile], ['expansion', 'none'], ['x', size / 2], ['y', `h-th-${Math.round(size * 1.9)}`], ['fontsize', size], ...box, ['boxborderw', size / 4]])]
    : [];
  const filters = [
    // Timestamps become wall-clock time for the clock to print, then frame counts again for the encoder.
    'settb=AVTB',
    'setpts=time(0)/TB',
    ...name,
    filterSpec('drawtext', [...font, ['text', CLOCK], ['x', size / 2], ['y', `h-th-${size / 2}`], ['fontsize', Math.round(size * 0.8)], ...box, ['boxborderw', size / 5]]),
    'setpts=N/FRAME_RATE/TB',
  ];
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'warning',
    '-re',
    '-f',
    'lavfi',
    '-i',
    `${pattern}=size=${width}x${height}:rate=${fps}`,
    '-vf',
    filters.join(','),
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-tune',
    'zerolatency',
    '-pix_fmt',
    'yuv420p',
    '-g',
    String(fps),
    '-keyint_min',
    String(fps),
    '-sc_threshold',
    '0',
    ...fmp4Output(opts.fragmentMs),
  ];
}

/** The command for one stream of a camera: its main or sub URL, a synthetic one drawn at that stream's size. */
export function argsFor(
  url: string,
  variant: StreamVariant,
  ffmpeg: FfmpegInfo,
  opts: { synthetic?: SyntheticOptions; transcode?: boolean; fragmentMs?: number } = {},
): string[] {
  const { synthetic = {}, transcode = false, fragmentMs = 0 } = opts;
  const m = /^synthetic:(.+)$/.exec(url);
  return m ? syntheticArgs(m[1]!, { ...SYNTHETIC_SIZES[variant], ...synthetic, fragmentMs }) : rtspArgs(url, ffmpeg, { transcode, fragmentMs });
}

/**
 * The environment of an ffmpeg pulling `url`: a synthetic camera's burned-in clock shows the control
 * room's time, as the clock tiles do, whatever zone the host runs in.
 */
export function ffmpegEnv(url: string): NodeJS.ProcessEnv {
  return url.startsWith('synthetic:') ? { ...process.env, TZ: process.env.IOC_CAMERA_TZ ?? 'Asia/Ho_Chi_Minh' } : process.env;
}

/** Codecs Chromium's Media Source Extensions play: H.264 only (Debian's Chromium has no HEVC). */
export function playableInBrowser(codec: string): boolean {
  return /^avc[13]\./.test(codec);
}
