import {
  backoffMs,
  fail,
  type MethodName,
  type MethodOutput,
  type Result,
  type ServerMessage,
  type Topic,
} from '../../common/index.js';
import type { ApiClient, CallArgs, EventArgs, ConnectionStatus } from './client.js';

/** The part of a browser WebSocket the client uses, so tests can hand it a fake. */
export interface SocketLike {
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface WsClientOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  /** A call not answered in this time resolves to an error, whether it was sent or still waiting for the host. */
  callTimeoutMs?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** An idle socket is probed this often: a host that vanished without closing TCP is noticed by the probe's timeout. */
  heartbeatMs?: number;
  random?: () => number;
}

interface Pending {
  method: string;
  input: unknown;
  sentAt?: number;
  resolve: (r: Result<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

type AnyListener = (topic: Topic, payload: unknown) => void;

/**
 * The client of a page served by `ioc-wall serve`: the API over one WebSocket. A wall runs
 * unattended for months, so it reconnects forever with capped, jittered backoff, subscribes again
 * after every reconnect and reports its status so the stores can fetch state afresh.
 */
export function createWsClient(opts: WsClientOptions): ApiClient {
  const createSocket = opts.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const callTimeoutMs = opts.callTimeoutMs ?? 15_000;
  const baseMs = opts.backoffBaseMs ?? 500;
  const capMs = opts.backoffCapMs ?? 15_000;
  const heartbeatMs = opts.heartbeatMs ?? 30_000;
  const random = opts.random ?? Math.random;

  const pending = new Map<number, Pending>();
  const listeners = new Map<AnyListener, ReadonlySet<Topic>>();
  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  let status: ConnectionStatus = 'connecting';
  let socket: SocketLike | undefined;
  let open = false;
  let closed = false;
  let attempt = 0;
  let nextId = 1;
  let lastMessageAt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined;

  const setStatus = (next: ConnectionStatus) => {
    if (next === status) return;
    status = next;
    for (const l of [...statusListeners]) l(next);
  };

  const subscribedTopics = (): Topic[] => {
    const all = new Set<Topic>();
    for (const topics of listeners.values()) for (const t of topics) all.add(t);
    return [...all];
  };

  const sendSubscribe = () => {
    const topics = subscribedTopics();
    if (open && socket && topics.length > 0) socket.send(JSON.stringify({ type: 'subscribe', topics }));
  };

  const send = (id: number, p: Pending) => {
    if (!open || !socket) return;
    p.sentAt = Date.now();
    socket.send(JSON.stringify({ type: 'call', id, method: p.method, input: p.input }));
  };

  const connect = () => {
    reconnectTimer = undefined;
    if (closed) return;
    const s = createSocket(opts.url);
    socket = s;
    s.onopen = () => {
      open = true;
      attempt = 0;
      lastMessageAt = Date.now();
      sendSubscribe();
      for (const [id, p] of pending) if (p.sentAt === undefined) send(id, p);
      setStatus('open');
    };
    s.onmessage = (ev) => {
      lastMessageAt = Date.now();
      handleMessage(ev.data);
    };
    s.onclose = () => dropSocket(s);
    s.onerror = () => {};
  };

  /** Forgets a socket, fails the calls it carried and plans the next attempt. */
  const dropSocket = (s: SocketLike) => {
    if (s !== socket) return;
    s.onopen = s.onmessage = s.onclose = s.onerror = null;
    socket = undefined;
    const wasOpen = open;
    open = false;
    for (const [id, p] of pending) {
      // A sent call may or may not have run on the host: report it lost rather than run it twice.
      if (p.sentAt !== undefined) settle(id, fail('internal', `connection lost during ${p.method}`));
    }
    if (closed) return;
    if (wasOpen || status === 'reconnecting') setStatus('reconnecting');
    const delay = backoffMs(attempt, baseMs, capMs) * (0.5 + random() / 2);
    attempt++;
    reconnectTimer = setTimeout(connect, delay);
  };

  const forceReconnect = () => {
    const s = socket;
    if (!s) return;
    try {
      s.close();
    } catch {
      // Closing a broken socket may throw; it is being dropped either way.
    }
    dropSocket(s);
  };

  const settle = (id: number, result: Result<unknown>) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(result);
  };

  const handleMessage = (data: unknown) => {
    let msg: ServerMessage;
    try {
      msg = JSON.parse(String(data)) as ServerMessage;
    } catch {
      console.warn('ioc-wall: unreadable message from the host');
      return;
    }
    if (msg.type === 'result') {
      settle(msg.id, msg.result);
    } else if (msg.type === 'event') {
      for (const [listener, topics] of [...listeners]) {
        if (!topics.has(msg.topic)) continue;
        try {
          listener(msg.topic, msg.payload);
        } catch (err) {
          console.error('ioc-wall: event listener failed', err);
        }
      }
    }
  };

  const rawCall = (method: string, input: unknown): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        const p = pending.get(id);
        if (!p) return;
        settle(id, fail('internal', `no answer from the host to ${method} in ${callTimeoutMs} ms`));
        // Nothing arrived since the call went out: the socket is likely dead without knowing it.
        if (p.sentAt !== undefined && lastMessageAt <= p.sentAt) forceReconnect();
      }, callTimeoutMs);
      const p: Pending = { method, input, resolve, timer };
      pending.set(id, p);
      send(id, p);
    });

  heartbeatTimer = setInterval(() => {
    if (open && Date.now() - lastMessageAt >= heartbeatMs) void rawCall('session.whoami', {});
  }, heartbeatMs);

  connect();

  return {
    call<M extends MethodName>(method: M, ...args: CallArgs<M>) {
      if (closed) return Promise.resolve(fail('internal', 'client closed'));
      return rawCall(method, args[0] ?? {}) as Promise<Result<MethodOutput<M>>>;
    },
    subscribe<T extends Topic>(topics: readonly T[], listener: (...args: EventArgs<T>) => void) {
      const l = listener as unknown as AnyListener;
      const before = new Set(subscribedTopics());
      listeners.set(l, new Set<Topic>(topics));
      if (topics.some((t) => !before.has(t))) sendSubscribe();
      return () => {
        listeners.delete(l);
      };
    },
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(reconnectTimer);
      clearInterval(heartbeatTimer);
      heartbeatTimer = undefined;
      for (const id of [...pending.keys()]) settle(id, fail('internal', 'client closed'));
      const s = socket;
      socket = undefined;
      open = false;
      if (s) {
        s.onopen = s.onmessage = s.onclose = s.onerror = null;
        s.close();
      }
    },
  };
}
