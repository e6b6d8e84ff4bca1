import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticArgs } from './ffmpeg-args.js';
import { findFfmpeg } from './find-ffmpeg.js';
import { BoxSplitter, codecOf, fragmentInfo, joinBoxes, trexDefaults } from './mp4-boxes.js';

/** Two seconds of a real synthetic camera, made by the bundled ffmpeg with the gateway's own arguments. */
let stream: Buffer;

beforeAll(() => {
  const ffmpeg = findFfmpeg();
  const args = syntheticArgs('testsrc', { width: 320, height: 180 }).filter((a) => a !== '-re');
  const out = args.indexOf('pipe:1');
  args.splice(out, 0, '-t', '2');
  const r = spawnSync(ffmpeg.path, args, { maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr?.toString()).toBe(0);
  stream = r.stdout;
});

function splitAll(chunkSizes: () => number) {
  const s = new BoxSplitter();
  const boxes = [];
  for (let at = 0; at < stream.length; ) {
    const n = Math.max(1, chunkSizes());
    boxes.push(...s.push(stream.subarray(at, at + n)));
    at += n;
  }
  return boxes;
}

describe('fragmented MP4 splitting', () => {
  it('cuts the stream into ftyp, moov, then moof+mdat pairs, whatever the chunk boundaries', () => {
    const whole = splitAll(() => stream.length);
    expect(whole.slice(0, 2).map((b) => b.type)).toEqual(['ftyp', 'moov']);
    const media = whole.slice(2).filter((b) => b.type === 'moof' || b.type === 'mdat');
    expect(media.length % 2).toBe(0);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 3000;
    const tiny = splitAll(() => 1 + (random() % 7));
    const ragged = splitAll(random);
    for (const other of [tiny, ragged]) {
      expect(other.map((b) => b.type)).toEqual(whole.map((b) => b.type));
      expect(Buffer.concat(other.map((b) => b.data)).equals(Buffer.concat(whole.map((b) => b.data)))).toBe(true);
    }
  });

  it('finds a keyframe once a second in one-frame fragments', () => {
    const boxes = splitAll(() => 4096);
    const moov = boxes.find((b) => b.type === 'moov')!.data;
    const trex = trexDefaults(moov);
    const infos = boxes.filter((b) => b.type === 'moof').map((b) => fragmentInfo(b.data, trex));
    expect(infos.length).toBe(50);
    expect(infos.every((i) => i.samples === 1)).toBe(true);
    const keys = infos.flatMap((i, n) => (i.keyframe ? [n] : []));
    expect(keys).toEqual([0, 25]);
  });

  it('reads the RFC 6381 codec string from the avcC', () => {
    const moov = splitAll(() => 65536).find((b) => b.type === 'moov')!.data;
    expect(codecOf(moov)).toMatch(/^avc1\.(42|4d|64)[0-9a-f]{4}$/);
  });

  it('refuses a corrupt stream instead of buffering without end', () => {
    const bad = Buffer.alloc(16);
    bad.writeUInt32BE(4, 0);
    bad.write('moof', 4, 'latin1');
    expect(() => new BoxSplitter().push(bad)).toThrow(/corrupt MP4 stream: box "moof" claims 4 bytes/);
  });
});

describe('joining a fragment', () => {
  it('returns a view when moof and mdat are adjacent, and a copy otherwise', () => {
    const whole = Buffer.from('aaaabbbbbb');
    const joined = joinBoxes(whole.subarray(0, 4), whole.subarray(4));
    expect(joined.toString()).toBe('aaaabbbbbb');
    expect(joined.buffer).toBe(whole.buffer);
    const apart = joinBoxes(Buffer.from('aaaa'), Buffer.from('bb'));
    expect(apart.toString()).toBe('aaaabb');
  });
});
