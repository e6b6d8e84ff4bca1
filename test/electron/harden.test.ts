import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents, isAllowedNavigation } from '../../main/electron/harden.js';
import { silentLogger } from '../../main/host/log.js';

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  hardenWebContents(contents as unknown as WebContents, silentLogger);
  const navigate = (channel: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    contents.emit(channel, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate };
}

describe('hardenWebContents', () => {
  it('denies navigation away from the app page', () => {
    const { navigate } = fakeContents();
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://ioc/other.html')).toBe(true);
    expect(navigate('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(navigate('will-navigate', 'http://127.0.0.1:8720/')).toBe(true);
    expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('lets the page change its own view', () => {
    const { navigate } = fakeContents();
    expect(navigate('will-navigate', 'app://ioc/index.html?view=console')).toBe(false);
    expect(navigate('will-navigate', 'app://ioc/index.html?view=wall&wall=main&display=r0c0')).toBe(false);
  });

  it('denies window.open', () => {
    const { contents } = fakeContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://ioc/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents <webview>', () => {
    const { contents } = fakeContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('parses URLs strictly', () => {
    expect(isAllowedNavigation('not a url')).toBe(false);
    expect(isAllowedNavigation('app://ioc/')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    hardenSession(session as unknown as Session, silentLogger);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (v: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string) => boolean;
    expect(check({}, 'media')).toBe(false);
    expect(check(null, 'fullscreen')).toBe(false);
  });
});
