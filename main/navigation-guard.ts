// Keeps every web page of the app inside app://app: no navigation elsewhere, no new
// windows, no webviews, and no permission but the two a presentation needs.
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './protocol-path.js';

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

/** setWindowOpenHandler: never; links to the outside world are not followed either. */
export function windowOpenDecision(): { action: 'deny' } {
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

/** Installs the guards on one web contents (called from 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  const blockUnlessApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => blockUnlessApp(event, event.url));
  contents.on('will-frame-navigate', (event) => blockUnlessApp(event, event.url));
  contents.on('will-redirect', (event) => blockUnlessApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
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
