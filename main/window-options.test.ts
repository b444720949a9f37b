import { describe, expect, it } from 'vitest';
import { pageUrlFor, windowOptions, type WindowRole } from './window-options.js';

const preloadPath = '/opt/ctg-diois/resources/app.asar/dist/main/preload.cjs';
const roles: WindowRole[] = ['main', 'audience', 'facilitator'];

describe('window options', () => {
  it.each(roles)('the %s window isolates the page from Node and Electron', (role) => {
    const prefs = windowOptions(role, { preloadPath }).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      preload: preloadPath,
    });
  });

  it('titles every window « CTG Diois » and shows it only once painted', () => {
    for (const role of roles) {
      const options = windowOptions(role, { preloadPath });
      expect(options.title).toBe('CTG Diois');
      expect(options.show).toBe(false);
    }
  });

  it('keeps the audience window running in the background, and only that one', () => {
    expect(windowOptions('audience', { preloadPath }).webPreferences?.backgroundThrottling).toBe(false);
    expect(windowOptions('main', { preloadPath }).webPreferences?.backgroundThrottling).toBe(true);
    expect(windowOptions('facilitator', { preloadPath }).webPreferences?.backgroundThrottling).toBe(true);
  });

  it('places a window on the given display bounds, or centres it', () => {
    const onProjector = windowOptions('audience', { preloadPath, bounds: { x: 1920, y: 0, width: 1024, height: 768 } });
    expect(onProjector).toMatchObject({ x: 1920, y: 0, width: 1024, height: 768 });
    expect(onProjector.center).toBeUndefined();
    expect(windowOptions('main', { preloadPath }).center).toBe(true);
  });

  it('loads every window from the app’s own origin', () => {
    expect(pageUrlFor('main')).toBe('app://app/index.html');
    expect(pageUrlFor('audience')).toBe('app://app/audience');
    expect(pageUrlFor('facilitator')).toBe('app://app/facilitator');
  });
});
