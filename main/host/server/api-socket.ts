import type { WebSocket } from 'ws';
import { clientMessageSchema, formatIssues, topics, type ServerMessage, type Topic } from '../../../common/index.js';
import type { Caller } from '../caller.js';
import type { Host } from '../host-types.js';
import type { Logger } from '../log.js';

/** A client that cannot keep up is dropped; it reconnects and re-reads the current state. */
const MAX_BUFFERED = 16 * 1024 * 1024;

/** Serves the API contract over one WebSocket: calls answered by id, events pushed by topic. */
export function serveApiSocket(ws: WebSocket, caller: Caller, host: Pick<Host, 'call' | 'subscribe'>, log: Logger): void {
  const unsubscribers = new Map<Topic, () => void>();
  const send = (msg: ServerMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED) {
      log.warn('api client too slow; closing its socket', { caller: caller.label });
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(msg));
  };

  ws.on('message', (data, isBinary) => {
    if (isBinary) return ws.close(4400, 'binary messages are not part of the API');
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return send({ type: 'result', id: -1, result: { ok: false, error: { code: 'bad_request', message: 'message is not valid JSON' } } });
    }
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      return send({ type: 'result', id: -1, result: { ok: false, error: { code: 'bad_request', message: `bad message:\n${formatIssues(parsed.error)}` } } });
    }
    const msg = parsed.data;
    if (msg.type === 'call') {
      void host.call(caller, msg.method as never, msg.input).then((result) => send({ type: 'result', id: msg.id, result }));
      return;
    }
    for (const t of msg.topics) {
      if (!(topics as string[]).includes(t) || unsubscribers.has(t as Topic)) continue;
      const topic = t as Topic;
      unsubscribers.set(topic, host.subscribe(topic, (payload) => send({ type: 'event', topic, payload } as ServerMessage)));
    }
  });
  ws.on('close', () => {
    for (const off of unsubscribers.values()) off();
    unsubscribers.clear();
  });
  ws.on('error', (err) => log.debug('api socket error', { error: String(err) }));
}
