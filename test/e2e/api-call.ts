import { expect } from '@playwright/test';

/** One API call over the WebSocket with the credential of a page URL, as that page would make it. */
export async function callApi<T>(pageUrl: string, method: string, input: object): Promise<T> {
  const url = new URL(pageUrl);
  const ws = new WebSocket(`ws://${url.host}/api?token=${encodeURIComponent(url.searchParams.get('token')!)}`);
  try {
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    const reply = new Promise<{ ok: boolean; value: T }>((resolve) => {
      ws.onmessage = (e) => {
        const msg = JSON.parse(String(e.data)) as { type: string; id?: number; result?: { ok: boolean; value: T } };
        if (msg.type === 'result' && msg.id === 1) resolve(msg.result!);
      };
    });
    ws.send(JSON.stringify({ type: 'call', id: 1, method, input }));
    const r = await reply;
    expect(r.ok, `${method} ${JSON.stringify(r)}`).toBe(true);
    return r.value;
  } finally {
    ws.close();
  }
}
