import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { appWindowRequest, hardenWebContents, isAllowedNavigation, permissionDecision, windowOpenDecision } from './navigation-guard.js';

describe('navigation guard', () => {
  it('allows navigation within app://app only', () => {
    expect(isAllowedNavigation('app://app/index.html')).toBe(true);
    expect(isAllowedNavigation('app://app/index.html#/deck/petite-enfance')).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:4310/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://app.evil/index.html',
      'app://user@app/index.html',
      'app://app:99/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'pas une URL',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it("opens the app's own pages from links as app windows, and nothing else", () => {
    const opened: unknown[] = [];
    const open = (request: unknown) => void opened.push(request);
    const facilitator = 'app://app/facilitator?deck=logement&seance=0123456789abcdef';
    expect(windowOpenDecision(facilitator, open)).toEqual({ action: 'deny' });
    expect(windowOpenDecision('app://app/audience', open)).toEqual({ action: 'deny' });
    expect(windowOpenDecision('app://app/minutes?seance=0123456789abcdef&variante=cr', open)).toEqual({ action: 'deny' });
    expect(opened).toEqual([
      { role: 'facilitator', url: facilitator },
      { role: 'audience', url: 'app://app/audience' },
      { role: 'document', url: 'app://app/minutes?seance=0123456789abcdef&variante=cr' },
    ]);
    for (const url of ['https://example.org/', 'http://127.0.0.1:4310/audience', 'app://evil/audience', 'app://app/secret', 'file:///etc/passwd', 'about:blank', '']) {
      expect(windowOpenDecision(url, open), url).toEqual({ action: 'deny' });
      expect(appWindowRequest(url), url).toBeUndefined();
    }
    expect(opened).toHaveLength(3);
  });

  it('grants only full screen and the wake lock, and only to the app', () => {
    expect(permissionDecision('fullscreen', 'app://app/index.html')).toBe(true);
    expect(permissionDecision('screen-wake-lock', 'app://app')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'unknown']) {
      expect(permissionDecision(permission, 'app://app/index.html'), permission).toBe(false);
    }
    expect(permissionDecision('fullscreen', 'https://example.org/')).toBe(false);
    expect(permissionDecision('fullscreen', undefined)).toBe(false);
  });

  it('wires the guards on a web contents: foreign navigations prevented, webviews refused, windows denied', () => {
    // Electron cannot run here; an EventEmitter with setWindowOpenHandler stands in for
    // the two WebContents APIs the guard uses.
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as undefined | ((details: { url: string }) => unknown),
      setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
        this.openHandler = handler;
      },
    });
    const opened: unknown[] = [];
    hardenWebContents(contents as unknown as WebContents, (request) => opened.push(request));
    const navigate = (eventName: string, url: string) => {
      let prevented = false;
      contents.emit(eventName, { url, preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(eventName, 'https://example.org/'), eventName).toBe(true);
      expect(navigate(eventName, 'file:///etc/passwd'), eventName).toBe(true);
      expect(navigate(eventName, 'app://app/index.html'), eventName).toBe(false);
    }
    expect(navigate('will-attach-webview', 'app://app/index.html')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://app/audience' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([{ role: 'audience', url: 'app://app/audience' }]);
  });
});
