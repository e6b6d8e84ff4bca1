import { BRIDGE_GLOBAL, type IocWallBridge } from '../../common/api/bridge.js';
import { TOKEN_PARAM } from '../../common/index.js';
import { createBridgeClient } from './bridge-client.js';
import type { ApiClient } from './client.js';
import { createWsClient } from './ws-client.js';

/** ws(s)://<the page's host>/api?token=..., the API endpoint of the server that served the page. */
export function apiSocketUrl(loc: Pick<Location, 'protocol' | 'host'>, token: string | undefined): string {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = token ? `?${TOKEN_PARAM}=${encodeURIComponent(token)}` : '';
  return `${scheme}//${loc.host}/api${query}`;
}

/** The preload bridge inside Electron, otherwise a WebSocket to the server that served the page. */
export function createClient(token: string | undefined): ApiClient {
  const bridge = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as IocWallBridge | undefined;
  if (bridge) return createBridgeClient(bridge);
  return createWsClient({ url: apiSocketUrl(location, token) });
}
