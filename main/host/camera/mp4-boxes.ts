/**
 * Just enough ISO BMFF to cut ffmpeg's fragmented MP4 into what MSE wants: an init segment
 * (ftyp+moov) and media fragments (moof+mdat), knowing which fragments start with a keyframe.
 */

export interface Mp4Box {
  type: string;
  /** The whole box, header included. */
  data: Buffer;
}

/** Splits a byte stream into top-level boxes, whatever the chunk boundaries. */
export class BoxSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** Boxes larger than this mean a corrupt stream, not a video fragment. */
  constructor(private readonly maxBoxBytes = 64 * 1024 * 1024) {}

  push(chunk: Buffer): Mp4Box[] {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    const out: Mp4Box[] = [];
    for (;;) {
      if (this.pendingBytes < 8) break;
      const head = this.peek(16);
      let size = head.readUInt32BE(0);
      const type = head.toString('latin1', 4, 8);
      if (size === 1) {
        if (head.length < 16) break;
        size = Number(head.readBigUInt64BE(8));
      }
      if (size < 8 || size > this.maxBoxBytes) throw new Error(`corrupt MP4 stream: box "${type}" claims ${size} bytes`);
      if (this.pendingBytes < size) break;
      out.push({ type, data: this.take(size) });
    }
    return out;
  }

  private peek(n: number): Buffer {
    const first = this.pending[0]!;
    if (first.length >= n || this.pending.length === 1) return first.subarray(0, n);
    return Buffer.concat(this.pending).subarray(0, n);
  }

  private take(n: number): Buffer {
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const box = Buffer.from(all.subarray(0, n));
    const rest = all.subarray(n);
    this.pending = rest.length ? [rest] : [];
    this.pendingBytes = rest.length;
    return box;
  }
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

/** The RFC 6381 codec string of the first video track ("avc1.64001f"), from the avcC in the moov. */
export function codecOf(moov: Buffer): string | undefined {
  for (const [t, trak] of children(moov)) {
    if (t !== 'trak') continue;
    const stsd = ['mdia', 'minf', 'stbl', 'stsd'].reduce<Buffer | undefined>((b, ty) => (b ? child(b, ty) : undefined), trak);
    if (!stsd) continue;
    // stsd: header 8, version+flags 4, entry_count 4, then sample entries.
    for (const [entryType, entry] of children(stsd, 16)) {
      if (entryType === 'avc1' || entryType === 'avc3') {
        // Visual sample entry: header 8 + 6 reserved + 2 data_reference_index + 70 bytes of fields.
        const avcC = child(entry, 'avcC', 8 + 8 + 70);
        if (!avcC || avcC.length < 12) return undefined;
        const hex = (n: number) => n.toString(16).padStart(2, '0');
        return `${entryType}.${hex(avcC[9]!)}${hex(avcC[10]!)}${hex(avcC[11]!)}`;
      }
      return entryType;
    }
  }
  return undefined;
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
