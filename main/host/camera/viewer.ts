import type { WebSocket } from 'ws';
import { type StreamMessage } from '../../../common/camera/stream-protocol.js';
import type { StreamVariant } from '../../../common/index.js';

/**
 * One viewer of one camera's main or sub stream. A viewer that cannot keep up skips to the next keyframe; it never holds
 * up the others. It owns its socket (/streams/<cameraId>) or shares one with the other cameras of its
 * window as a numbered channel (/streams, see common/camera/stream-protocol.ts).
 */
export class Viewer {
  /** Until a keyframe arrives, fragments would not decode: after an init, or after falling behind. */
  private needKeyframe = true;
  private gone = false;
  private readonly goneListeners: (() => void)[] = [];
  private readonly header: Buffer | undefined;
  dropped = 0;

  constructor(
    readonly socket: WebSocket,
    private readonly maxBufferedBytes: number,
    readonly channel?: number,
    /** The stream it asked for; a camera without a sub stream serves a sub viewer from its main stream. */
    readonly variant: StreamVariant = 'main',
  ) {
    if (channel !== undefined) {
      this.header = Buffer.alloc(4);
      this.header.writeUInt32BE(channel);
    }
    // A shared socket's owner ends every channel when it closes, so channels add no listener each.
    if (channel === undefined) socket.once('close', () => this.end());
  }

  get open(): boolean {
    return !this.gone && this.socket.readyState === this.socket.OPEN;
  }

  /** Called once when the viewer leaves: its socket closed or its channel was unsubscribed. */
  onGone(listener: () => void): void {
    if (this.gone) listener();
    else this.goneListeners.push(listener);
  }

  end(): void {
    if (this.gone) return;
    this.gone = true;
    for (const l of this.goneListeners) l();
  }

  /** The gateway drops this viewer: a channel ends alone, an own socket is closed. */
  close(code: number, reason: string): void {
    if (this.channel === undefined) this.socket.close(code, reason);
    else {
      this.message({ type: 'error', message: reason });
      this.end();
    }
  }

  message(msg: StreamMessage): void {
    if (this.open) this.socket.send(JSON.stringify(this.channel === undefined ? msg : { ...msg, channel: this.channel }));
  }

  init(codec: string, cameraId: string, variant: StreamVariant, segment: Buffer): void {
    this.message({ type: 'init', codec, cameraId, variant });
    this.binary(segment);
    this.needKeyframe = true;
  }

  fragment(data: Buffer, keyframe: boolean): void {
    if (!this.open) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.needKeyframe = true;
      this.dropped++;
      return;
    }
    if (this.needKeyframe && !keyframe) {
      this.dropped++;
      return;
    }
    this.needKeyframe = false;
    this.binary(data);
  }

  private binary(data: Buffer): void {
    if (this.open) this.socket.send(this.header ? Buffer.concat([this.header, data]) : data);
  }
}
