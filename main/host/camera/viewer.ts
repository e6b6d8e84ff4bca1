import type { WebSocket } from 'ws';
import type { StreamMessage } from '../../../common/camera/stream-protocol.js';

/** One viewer's socket. A viewer that cannot keep up skips to the next keyframe; it never holds up the others. */
export class Viewer {
  /** Until a keyframe arrives, fragments would not decode: after an init, or after falling behind. */
  private needKeyframe = true;
  dropped = 0;

  constructor(
    readonly socket: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {}

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  message(msg: StreamMessage): void {
    if (this.open) this.socket.send(JSON.stringify(msg));
  }

  init(codec: string, cameraId: string, segment: Buffer): void {
    this.message({ type: 'init', codec, cameraId });
    if (this.open) this.socket.send(segment);
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
    this.socket.send(data);
  }
}
