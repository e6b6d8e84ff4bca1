/**
 * Just enough ISO BMFF to cut ffmpeg's fragmented MP4 into what MSE wants: an init segment
 * (ftyp+moov) and media fragments (moof+mdat), knowing which fragments start with a keyframe.
 */

export interface Mp4Box {
  type: string;
  /** The whole box, header included. */
  data: Buffer;
}

/**
 * Splits a byte stream into top-level boxes, whatever the chunk boundaries. Boxes are views into
 * the received bytes, not copies: at 25 fragments a second per camera, copying each box twice
 * showed up in the gateway's CPU (bench/camera.bench.ts).
 */
export class BoxSplitter {
  private buf: Buffer = Buffer.alloc(0);
  private offset = 0;

  /** Boxes larger than this mean a corrupt stream, not a video fragment. */
  constructor(private readonly maxBoxBytes = 64 * 1024 * 1024) {}

  push(chunk: Buffer): Mp4Box[] {
    // One copy per chunk at most: the unread tail joins the new bytes.
    this.buf = this.offset < this.buf.length ? Buffer.concat([this.buf.subarray(this.offset), chunk]) : chunk;
    this.offset = 0;
    const out: Mp4Box[] = [];
    for (;;) {
      const left = this.buf.length - this.offset;
      if (left < 8) break;
      let size = this.buf.readUInt32BE(this.offset);
      const type = this.buf.toString('latin1', this.offset + 4, this.offset + 8);
      if (size === 1) {
        if (left < 16) break;
        size = Number(this.buf.readBigUInt64BE(this.offset + 8));
      }
      if (size < 8 || size > this.maxBoxBytes) throw new Error(`corrupt MP4 stream: box "${type}" claims ${size} bytes`);
      if (left < size) break;
      out.push({ type, data: this.buf.subarray(this.offset, this.offset + size) });
      this.offset += size;
    }
    return out;
  }
}

/** moof and mdat as one buffer: a view when they sit side by side in memory, else a copy. */
export function joinBoxes(a: Buffer, b: Buffer): Buffer {
  if (a.buffer === b.buffer && a.byteOffset + a.length === b.byteOffset) return Buffer.from(a.buffer, a.byteOffset, a.length + b.length);
  return Buffer.concat([a, b]);
}

/** Children of a box (or of the payload after `skip` bytes of fields), as [type, body] pairs. */
function* children(buf: Buffer, start = 8, end = buf.length): Generator<[string, Buffer]> {
  let at = start;
  while (at + 8 <= end) {
    const size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (size < 8 || at + size > end) return;
    yield [type, buf.subarray(at, at + size)];
    at += size;
  }
}

function child(buf: Buffer, type: string, start = 8): Buffer | undefined {
  for (const [t, b] of children(buf, start)) if (t === type) return b;
  return undefined;
}

/** The sample entry of the first track that has one: [type, whole entry box]. */
function firstSampleEntry(moov: Buffer): [string, Buffer] | undefined {
  for (const [t, trak] of children(moov)) {
    if (t !== 'trak') continue;
    const stsd = ['mdia', 'minf', 'stbl', 'stsd'].reduce<Buffer | undefined>((b, ty) => (b ? child(b, ty) : undefined), trak);
    if (!stsd) continue;
    // stsd: header 8, version+flags 4, entry_count 4, then sample entries.
    for (const entry of children(stsd, 16)) return entry;
  }
  return undefined;
}

/** The RFC 6381 codec string of the first video track ("avc1.64001f"), from the avcC in the moov. */
export function codecOf(moov: Buffer): string | undefined {
  const found = firstSampleEntry(moov);
  if (!found) return undefined;
  const [entryType, entry] = found;
  if (entryType === 'avc1' || entryType === 'avc3') {
    // Visual sample entry: header 8 + 6 reserved + 2 data_reference_index + 70 bytes of fields.
    const avcC = child(entry, 'avcC', 8 + 8 + 70);
    if (!avcC || avcC.length < 12) return undefined;
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    return `${entryType}.${hex(avcC[9]!)}${hex(avcC[10]!)}${hex(avcC[11]!)}`;
  }
  return entryType;
}

/** Width and height of the first video track, from its visual sample entry (after 16 bytes of pre_defined and reserved). */
export function videoSizeOf(moov: Buffer): { width: number; height: number } | undefined {
  const entry = firstSampleEntry(moov)?.[1];
  if (!entry || entry.length < 36) return undefined;
  const width = entry.readUInt16BE(32);
  const height = entry.readUInt16BE(34);
  return width && height ? { width, height } : undefined;
}

/** trex default_sample_flags per track, from moov > mvex > trex. */
export function trexDefaults(moov: Buffer): Map<number, number> {
  const out = new Map<number, number>();
  const mvex = child(moov, 'mvex');
  if (!mvex) return out;
  for (const [t, trex] of children(mvex)) {
    if (t === 'trex' && trex.length >= 32) out.set(trex.readUInt32BE(12), trex.readUInt32BE(28));
  }
  return out;
}

export interface FragmentInfo {
  keyframe: boolean;
  samples: number;
}

const NON_SYNC = 0x10000;

/**
 * Whether a moof's first sample is a sync sample (a keyframe), and how many samples it holds.
 * Sample flags come, in order of precedence, from trun's first_sample_flags, its per-sample flags,
 * tfhd's default_sample_flags, then trex's defaults.
 */
export function fragmentInfo(moof: Buffer, trex: Map<number, number>): FragmentInfo {
  let keyframe = false;
  let samples = 0;
  for (const [t, traf] of children(moof)) {
    if (t !== 'traf') continue;
    const tfhd = child(traf, 'tfhd');
    if (!tfhd) continue;
    const tfFlags = tfhd.readUInt32BE(8) & 0xffffff;
    const trackId = tfhd.readUInt32BE(12);
    let at = 16;
    if (tfFlags & 0x1) at += 8;
    if (tfFlags & 0x2) at += 4;
    if (tfFlags & 0x8) at += 4;
    if (tfFlags & 0x10) at += 4;
    let flags = tfFlags & 0x20 ? tfhd.readUInt32BE(at) : (trex.get(trackId) ?? 0);
    const trun = child(traf, 'trun');
    if (trun) {
      const trFlags = trun.readUInt32BE(8) & 0xffffff;
      samples += trun.readUInt32BE(12);
      let p = 16;
      if (trFlags & 0x1) p += 4;
      if (trFlags & 0x4) flags = trun.readUInt32BE(p);
      else if (trFlags & 0x400) {
        if (trFlags & 0x100) p += 4;
        if (trFlags & 0x200) p += 4;
        flags = trun.readUInt32BE(p);
      }
    }
    keyframe = keyframe || (flags & NON_SYNC) === 0;
  }
  return { keyframe, samples };
}
