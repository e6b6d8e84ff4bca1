import { expect } from '@playwright/test';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One API call over the WebSocket with the credential of a page URL, as that page would make it. */
export async function apiCall<T>(pageUrl: string, method: string, input: object): Promise<ApiResult<T>> {
  const url = new URL(pageUrl);
  const ws = new WebSocket(`ws://${url.host}/api?token=${encodeURIComponent(url.searchParams.get('token')!)}`);
  try {
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    const reply = new Promise<ApiResult<T>>((resolve) => {
      ws.onmessage = (e) => {
        const msg = JSON.parse(String(e.data)) as { type: string; id?: number; result?: ApiResult<T> };
        if (msg.type === 'result' && msg.id === 1) resolve(msg.result!);
      };
    });
    ws.send(JSON.stringify({ type: 'call', id: 1, method, input }));
    return await reply;
  } finally {
    ws.close();
  }
}

/** The same, for a call that must succeed: its value. */
export async function call<T>(pageUrl: string, method: string, input: object): Promise<T> {
  const r = await apiCall<T>(pageUrl, method, input);
  expect(r.ok, `${method} ${JSON.stringify(r)}`).toBe(true);
  return (r as { value: T }).value;
}
