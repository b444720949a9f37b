// Keeps every web page of the app inside app://app: no navigation elsewhere, no window but
// the app's own pages (opened by main as its own windows), no webviews, and no permission
// but the two a presentation needs.
import type { Session, WebContents } from 'electron';
import { APP_PAGES } from '../core/app-pages.js';
import { APP_ORIGIN } from './protocol-path.js';
import type { WindowRole } from './window-options.js';

/**
 * True when `url` is a page of the app itself (origin app://app). Node's URL reports the
 * origin of a non-special scheme as "null", so the parts are compared one by one.
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      `${parsed.protocol}//${parsed.host}` === APP_ORIGIN && parsed.username === '' && parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** will-navigate / will-frame-navigate / will-redirect: only within app://app. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Where a link of the app opening a new window (target="_blank", window.open) should go. */
export interface AppWindowRequest {
  /** audience/facilitator: the facilitator mode's windows; document: any other page (minutes…). */
  role: Exclude<WindowRole, 'main'> | 'document';
  url: string;
}

/**
 * A page of the app (one of APP_PAGES on app://app) that a link asked to open in a new
 * window, or undefined for anything else (the outside world, another scheme, an unknown path).
 */
export function appWindowRequest(url: string): AppWindowRequest | undefined {
  if (!isAppUrl(url)) return undefined;
  const { pathname } = new URL(url);
  const page = pathname.replace(/\/+$/, '') || '/';
  if (!APP_PAGES.has(page)) return undefined;
  const role = page === '/audience' ? 'audience' : page === '/facilitator' ? 'facilitator' : 'document';
  return { role, url };
}

/**
 * setWindowOpenHandler: Chromium never creates the window itself. An app page is opened by
 * main instead (`open`), as one of its own windows with the app's secure options and guards;
 * anything else is refused.
 */
export function windowOpenDecision(url: string, open?: (request: AppWindowRequest) => void): { action: 'deny' } {
  const request = appWindowRequest(url);
  if (request && open) open(request);
  return { action: 'deny' };
}

// Full screen (the F key) and the screen wake lock (no projector going to sleep during a
// workshop) are what a presentation asks for; everything else (camera, microphone,
// notifications, geolocation, clipboard reading, devices…) is refused.
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['fullscreen', 'screen-wake-lock']);

/** Permission requests and checks: granted only from the app's own pages, only those two. */
export function permissionDecision(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_TO_APP.has(permission) && typeof requestingUrl === 'string' && isAppUrl(requestingUrl);
}

/**
 * Installs the guards on one web contents (called from 'web-contents-created'); `openAppWindow`
 * opens the app's own pages that a link asks for in a new window.
 */
export function hardenWebContents(contents: WebContents, openAppWindow?: (request: AppWindowRequest) => void): void {
  const blockUnlessApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => blockUnlessApp(event, event.url));
  contents.on('will-frame-navigate', (event) => blockUnlessApp(event, event.url));
  contents.on('will-redirect', (event) => blockUnlessApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => windowOpenDecision(details.url, openAppWindow));
}

/** Installs the permission handlers on a session (the default one, before any window). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionDecision(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionDecision(permission, requestingOrigin),
  );
  // USB, HID, serial and Bluetooth devices: never.
  session.setDevicePermissionHandler(() => false);
}
