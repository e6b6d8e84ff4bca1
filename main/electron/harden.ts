import type { Session, WebContents } from 'electron';
import type { Logger } from '../host/log.js';
import { APP_HOST, APP_SCHEME } from './app-protocol.js';

/** The only page our windows may be on: app://ioc/index.html with any query (view, wall, display). */
export function isAllowedNavigation(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && (u.pathname === '/index.html' || u.pathname === '/');
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Electron security checklist for one webContents: no navigation away from our page, no new
 * windows, no <webview>. Applied to every webContents from app 'web-contents-created'.
 */
export function hardenWebContents(contents: HardenableContents, log: Logger): void {
  const guard = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    log.warn('navigation denied', { kind, url: event.url });
  };
  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('window.open denied', { url });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview denied');
  });
}

/** No page gets a permission (camera, microphone, geolocation, notifications, ...): deny and log. */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
