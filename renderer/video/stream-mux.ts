import type { MuxClientMessage, MuxServerMessage, StreamMessage } from '../../common/camera/stream-protocol.js';
import type { StreamVariant } from '../../common/index.js';

export interface ChannelHandlers {
  onText(msg: StreamMessage): void;
  onBinary(data: ArrayBuffer): void;
  /** The shared socket dropped; the mux reconnects and subscribes again by itself. */
  onDisconnect(): void;
}

export interface Channel {
  close(): void;
}

interface Mux {
  open(cameraId: string, variant: StreamVariant, handlers: ChannelHandlers): Channel;
}

/** A socket factory, so tests can hand in a fake. */
export type SocketFactory = (url: string) => WebSocket;

const IDLE_CLOSE_MS = 5000;

/**
 * Every camera of a window on one WebSocket (`/streams`, see common/camera/stream-protocol.ts):
 * browsers allow six connections per host, and a 4x4 montage must not stall on the seventh. The
 * socket reconnects with capped backoff forever and subscribes every open channel again; the
 * gateway then sends each channel its init segment and current GOP.
 */
export function createStreamMux(url: string, makeSocket: SocketFactory = (u) => new WebSocket(u)): Mux & { readonly channelCount: number } {
  const channels = new Map<number, { cameraId: string; variant: StreamVariant; handlers: ChannelHandlers }>();
  let nextChannel = 1;
  let socket: WebSocket | undefined;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const send = (msg: MuxClientMessage) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(msg));
  };

  const connect = () => {
    const ws = makeSocket(url);
    ws.binaryType = 'arraybuffer';
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      for (const [channel, c] of channels) send({ type: 'subscribe', channel, cameraId: c.cameraId, variant: c.variant });
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (typeof ev.data === 'string') {
        const { channel, ...msg } = JSON.parse(ev.data) as MuxServerMessage;
        channels.get(channel)?.handlers.onText(msg as StreamMessage);
        return;
      }
      const data = ev.data as ArrayBuffer;
      const channel = new DataView(data).getUint32(0);
      channels.get(channel)?.handlers.onBinary(data.slice(4));
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = undefined;
      for (const c of channels.values()) c.handlers.onDisconnect();
      if (channels.size > 0) {
        reconnectTimer = setTimeout(() => {
          reconnectTimer = undefined;
          if (channels.size > 0 && !socket) connect();
        }, Math.min(10_000, 250 * 2 ** attempt++));
      }
    };
  };

  return {
    get channelCount() {
      return channels.size;
    },
    open(cameraId, variant, handlers) {
      clearTimeout(idleTimer);
      const channel = nextChannel++;
      channels.set(channel, { cameraId, variant, handlers });
      if (!socket && !reconnectTimer) connect();
      else send({ type: 'subscribe', channel, cameraId, variant });
      return {
        close() {
          if (!channels.delete(channel)) return;
          send({ type: 'unsubscribe', channel });
          // A layout switch closes and opens channels at once: keep the socket through it.
          if (channels.size === 0) {
            idleTimer = setTimeout(() => {
              if (channels.size > 0) return;
              clearTimeout(reconnectTimer);
              reconnectTimer = undefined;
              const ws = socket;
              socket = undefined;
              ws?.close();
            }, IDLE_CLOSE_MS);
          }
        },
      };
    },
  };
}

const shared = new Map<string, ReturnType<typeof createStreamMux>>();

/** The one mux of this page for a stream origin and token. */
export function streamMuxFor(origin: string, token: string): Mux {
  const url = `${origin}/streams?token=${encodeURIComponent(token)}`;
  let mux = shared.get(url);
  if (!mux) shared.set(url, (mux = createStreamMux(url)));
  return mux;
}
