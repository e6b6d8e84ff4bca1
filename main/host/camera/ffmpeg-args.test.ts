import { describe, expect, it } from 'vitest';
import { argsFor, ffmpegEnv, playableInBrowser, rtspArgs, syntheticArgs } from './ffmpeg-args.js';
import { findFfmpeg } from './find-ffmpeg.js';

describe('ffmpeg arguments', () => {
  it('pulls RTSP over TCP with a socket timeout and copies H.264 without re-encoding', () => {
    const args = rtspArgs('rtsp://10.0.0.5/cam', { rtspTimeoutOption: '-stimeout' });
    expect(args.join(' ')).toContain('-rtsp_transport tcp -stimeout 5000000');
    expect(args.join(' ')).toContain('-c:v copy');
    expect(args).not.toContain('libx264');
    expect(args.join(' ')).toContain('-movflags empty_moov+default_base_moof+frag_every_frame');
  });

  it('gathers frames into fragments of about fragmentMs, cutting at every keyframe, only when asked', () => {
    const ffmpeg = { path: 'ffmpeg', version: '5.1', source: 'path', rtspTimeoutOption: '-timeout' } as const;
    const coalesced = argsFor('rtsp://h/p', 'main', ffmpeg, { fragmentMs: 200 }).join(' ');
    expect(coalesced).toContain('-movflags empty_moov+default_base_moof+frag_keyframe+skip_trailer -frag_duration 200000 pipe:1');
    expect(coalesced).not.toContain('frag_every_frame');
    expect(argsFor('synthetic:smptebars', 'main', ffmpeg, { fragmentMs: 120 }).join(' ')).toContain('-frag_duration 120000');
    expect(argsFor('rtsp://h/p', 'main', ffmpeg, { fragmentMs: 0 }).join(' ')).toContain('frag_every_frame+skip_trailer pipe:1');
  });

  it('uses the option name that means a socket timeout in ffmpeg 5 and later', () => {
    expect(rtspArgs('rtsp://h/p', { rtspTimeoutOption: '-timeout' })).toContain('-timeout');
  });

  it('encodes synthetic cameras like an IP camera: real time, one keyframe a second', () => {
    const args = syntheticArgs('smptebars', { nameFile: '/tmp/x.txt', fps: 25 });
    expect(args).toContain('-re');
    expect(args[args.indexOf('-g') + 1]).toBe('25');
    expect(args.join(' ')).toContain('textfile=/tmp/x.txt:expansion=none');
    // The clock prints frame timestamps that were set to the wall clock.
    expect(args.join(' ')).toContain('setpts=time(0)/TB');
  });

  it('draws a synthetic sub stream smaller than the main one, as an IP camera sends it', () => {
    const ffmpeg = { path: 'ffmpeg', version: '5.1', source: 'path', rtspTimeoutOption: '-timeout' } as const;
    expect(argsFor('synthetic:smptebars', 'main', ffmpeg, {})).toContain('smptebars=size=960x540:rate=25');
    expect(argsFor('synthetic:smptebars', 'sub', ffmpeg, {})).toContain('smptebars=size=640x360:rate=25');
    expect(argsFor('rtsp://h/sub', 'sub', ffmpeg, {}).join(' ')).toContain('-i rtsp://h/sub');
  });
});

describe('finding ffmpeg', () => {
  it('finds the bundled ffmpeg and the RTSP timeout option it understands', () => {
    const saved = process.env.FFMPEG_PATH;
    delete process.env.FFMPEG_PATH;
    try {
      const f = findFfmpeg();
      expect(f.source).toBe('bundled');
      // The bundled static build predates ffmpeg 5: its -timeout would mean "listen".
      expect(f.rtspTimeoutOption).toBe('-stimeout');
    } finally {
      if (saved !== undefined) process.env.FFMPEG_PATH = saved;
    }
  });

  it('takes FFMPEG_PATH before the bundled build', () => {
    const saved = process.env.FFMPEG_PATH;
    process.env.FFMPEG_PATH = findFfmpeg().path;
    try {
      expect(findFfmpeg().source).toBe('env');
    } finally {
      if (saved === undefined) delete process.env.FFMPEG_PATH;
      else process.env.FFMPEG_PATH = saved;
    }
  });

  it('names a configured path that does not exist instead of silently using another', () => {
    expect(() => findFfmpeg('/opt/khong-co/ffmpeg')).toThrow('no usable ffmpeg; tried: config /opt/khong-co/ffmpeg: no such file');
  });
});

describe('cameras browsers cannot play', () => {
  it('re-encodes to H.264 only when asked, as fast and as promptly as x264 can', () => {
    const args = rtspArgs('rtsp://h/p', { rtspTimeoutOption: '-timeout' }, { transcode: true }).join(' ');
    expect(args).toContain('-c:v libx264 -preset ultrafast -tune zerolatency');
    expect(args).not.toContain('-c:v copy');
  });

  it('knows which codecs Chromium plays', () => {
    expect(playableInBrowser('avc1.64001f')).toBe(true);
    expect(playableInBrowser('hvc1.1.6.L93.B0')).toBe(false);
    expect(playableInBrowser('mp4v')).toBe(false);
  });
});

describe('ffmpegEnv', () => {
  it('runs synthetic cameras in the control room\'s zone, every other source in the host\'s', () => {
    expect(ffmpegEnv('synthetic:testsrc').TZ).toBe(process.env.IOC_CAMERA_TZ ?? 'Asia/Ho_Chi_Minh');
    expect(ffmpegEnv('rtsp://10.0.0.21/ch1')).toBe(process.env);
  });
});
