import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ok, wallSchema, type ServerMessage } from '../../../common/index.js';
import { tempDir } from '../../../test/helpers/temp-dir.js';
import { createBus } from '../bus.js';
import type { Caller } from '../caller.js';
import { silentLogger } from '../log.js';
import { serveApiSocket } from './api-socket.js';
import { createHttpServer } from './http-server.js';

const viewer: Caller = { role: 'viewer', label: 'display main/r0c0' };

function open(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<ServerMessage> {
  return new Promise((resolve) => ws.once('message', (d) => resolve(JSON.parse(d.toString()) as ServerMessage)));
}

describe('HTTP and WebSocket server', () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: ReturnType<typeof createHttpServer>;
  let origin: string;
  const bus = createBus();
  const calls: string[] = [];
  const streams: string[] = [];
  const snapshots: string[] = [];
  const photos: string[] = [];

  beforeEach(async () => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(tmp.dir, 'renderer', 'index.html'), '<!doctype html><title>IOC</title>');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
    server = createHttpServer({
      rendererDir: join(tmp.dir, 'renderer'),
      resolveToken: (t) => (t === 'good' ? viewer : undefined),
      onApiSocket: (ws, caller) =>
        serveApiSocket(
          ws,
          caller,
          {
            call: async (c, method) => {
              calls.push(`${c.label}:${method}`);
              return ok('pong') as never;
            },
            subscribe: bus.subscribe,
          },
          silentLogger,
        ),
      onStreamSocket: (ws, cameraId, variant) => {
        streams.push(`${cameraId}/${variant}`);
        ws.close(1000);
      },
      onStreamMuxSocket: (ws) => {
        streams.push('(mux)');
        ws.close(1000);
      },
      snapshot: (cameraId) => {
        snapshots.push(cameraId);
        if (cameraId !== 'cam-dong-ba') return Promise.resolve({ kind: 'unknown-camera' });
        return Promise.resolve({ kind: 'snapshot', jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xd9]), takenAt: Date.now() - 1000, origin: 'stream', freshUntil: Date.now() + 59_000 });
      },
      recordPhoto: (kind, id) => {
        photos.push(`${kind}/${id}`);
        if (id === 'HUE-000001') return Promise.resolve({ kind: 'image', type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
        if (id === 'HUE-000002') return Promise.resolve({ kind: 'failed', status: 504, reason: 'GET http://anh.example/2.png timed out after 5000 ms' });
        return Promise.resolve({ kind: 'none', reason: `no ${kind} record "${id}"` });
      },
      log: silentLogger,
    });
    origin = await server.listen(0, '127.0.0.1');
    calls.length = 0;
    streams.length = 0;
    snapshots.length = 0;
    photos.length = 0;
  });
  afterEach(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('serves the renderer with a CSP and no referrer, and never a file outside it', async () => {
    const res = await fetch(`${origin}/?view=wall&token=good`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(`${origin}/..%2fsecret.txt`)).status).toBe(403);
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses sockets without a valid credential or from a foreign page', async () => {
    await expect(open(`${origin.replace('http', 'ws')}/api`)).rejects.toThrow('HTTP 401');
    await expect(open(`${origin.replace('http', 'ws')}/api?token=bad`)).rejects.toThrow('HTTP 401');
    await expect(open(`${origin.replace('http', 'ws')}/api?token=good`, { origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(open(`${origin.replace('http', 'ws')}/other?token=good`)).rejects.toThrow('HTTP 404');
    const ws = await open(`${origin.replace('http', 'ws')}/api?token=good`, { origin });
    ws.close();
  });

  it('answers calls by id as the credential holder and pushes subscribed events', async () => {
    const ws = await open(`${origin.replace('http', 'ws')}/api?token=good`);
    ws.send(JSON.stringify({ type: 'call', id: 7, method: 'walls.list', input: {} }));
    expect(await nextMessage(ws)).toEqual({ type: 'result', id: 7, result: { ok: true, value: 'pong' } });
    expect(calls).toEqual(['display main/r0c0:walls.list']);
    ws.send(JSON.stringify({ type: 'subscribe', topics: ['wall.changed', 'no.such.topic'] }));
    await new Promise((r) => setTimeout(r, 50));
    const wall = wallSchema.parse({ id: 'main', name: 'T', rows: 1, cols: 1, layout: 'b' });
    bus.publish('wall.changed', wall);
    expect(await nextMessage(ws)).toEqual({ type: 'event', topic: 'wall.changed', payload: wall });
    ws.close();
  });

  it('answers malformed messages with an error that says what is wrong', async () => {
    const ws = await open(`${origin.replace('http', 'ws')}/api?token=good`);
    ws.send('not json');
    const m1 = await nextMessage(ws);
    expect(m1.type === 'result' && !m1.result.ok && m1.result.error.message).toBe('message is not valid JSON');
    ws.send(JSON.stringify({ type: 'call', method: 'walls.list' }));
    const m2 = await nextMessage(ws);
    expect(m2.type === 'result' && !m2.result.ok && m2.result.error.message).toMatch(/id: /);
    ws.close();
  });

  it('routes /streams/<cameraId>, with the variant asked for, and the shared /streams socket to the gateway', async () => {
    for (const query of ['', '&variant=sub']) {
      const ws = await open(`${origin.replace('http', 'ws')}/streams/cam-dong-ba?token=good${query}`);
      await new Promise((r) => ws.once('close', r));
    }
    const mux = await open(`${origin.replace('http', 'ws')}/streams?token=good`);
    await new Promise((r) => mux.once('close', r));
    expect(streams).toEqual(['cam-dong-ba/main', 'cam-dong-ba/sub', '(mux)']);
    await expect(open(`${origin.replace('http', 'ws')}/streams`)).rejects.toThrow('HTTP 401');
    await expect(open(`${origin.replace('http', 'ws')}/streams/cam-dong-ba?token=good&variant=hd`)).rejects.toThrow('HTTP 400');
  });

  it('serves /snapshots/<cameraId>.jpg to any credential, and refuses one without a credential or from a foreign page', async () => {
    const res = await fetch(`${origin}/snapshots/cam-dong-ba.jpg?token=good`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-snapshot-origin')).toBe('stream');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    const head = await fetch(`${origin}/snapshots/cam-dong-ba.jpg?token=good`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), (await head.arrayBuffer()).byteLength]).toEqual([200, '4', 0]);

    const unknown = await fetch(`${origin}/snapshots/khong-co.jpg?token=good`);
    expect([unknown.status, await unknown.text()]).toEqual([404, 'unknown camera "khong-co"']);
    expect((await fetch(`${origin}/snapshots/cam-dong-ba.jpg`)).status).toBe(401);
    expect((await fetch(`${origin}/snapshots/cam-dong-ba.jpg?token=bad`)).status).toBe(401);
    expect((await fetch(`${origin}/snapshots/cam-dong-ba.jpg?token=good`, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await fetch(`${origin}/snapshots/%E0%A4%A.jpg?token=good`)).status).toBe(400);
    // Refused requests never reach the cameras.
    expect(snapshots).toEqual(['cam-dong-ba', 'cam-dong-ba', 'khong-co']);
  });

  it('lets the Electron windows\' origin read a snapshot and its headers across origins', async () => {
    const res = await fetch(`${origin}/snapshots/cam-dong-ba.jpg?token=good`, { headers: { origin: 'app://ioc' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('app://ioc');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-snapshot-taken-at, x-snapshot-origin, x-snapshot-error');
    const same = await fetch(`${origin}/snapshots/cam-dong-ba.jpg?token=good`, { headers: { origin } });
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves /records/<kind>/<id>/photo to any credential as a picture that runs nothing, and says why one is missing', async () => {
    const res = await fetch(`${origin}/records/field-report/HUE-000001/photo?token=good`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const slow = await fetch(`${origin}/records/field-report/HUE-000002/photo?token=good`);
    expect([slow.status, await slow.text()]).toEqual([504, 'the photo could not be fetched: GET http://anh.example/2.png timed out after 5000 ms']);
    const none = await fetch(`${origin}/records/field-report/${encodeURIComponent('HUE 9/x')}/photo?token=good`);
    expect([none.status, await none.text()]).toEqual([404, 'no field-report record "HUE 9/x"']);
    expect((await fetch(`${origin}/records/field-report/HUE-000001/photo`)).status).toBe(401);
    expect((await fetch(`${origin}/records/field-report/HUE-000001/photo?token=good`, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await fetch(`${origin}/records/field-report/%E0%A4%A/photo?token=good`)).status).toBe(400);
    // Refused requests never reach the photo service.
    expect(photos).toEqual(['field-report/HUE-000001', 'field-report/HUE-000002', 'field-report/HUE 9/x']);
  });
});
