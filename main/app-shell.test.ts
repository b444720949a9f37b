import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './app-menu.js';
import { resolveAppPaths } from './app-paths.js';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('app paths', () => {
  it('reads the decks beside the packaged app, where users can edit them', () => {
    const resources = path.join('/opt', 'CTG Diois', 'resources');
    const paths = resolveAppPaths({ isPackaged: true, appPath: path.join(resources, 'app.asar'), resourcesPath: resources });
    expect(paths.slidesDir).toBe(path.join(resources, 'slides'));
    expect(paths.rendererDir).toBe(path.join(resources, 'app.asar', 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(path.join(resources, 'app.asar', 'dist', 'main', 'preload.cjs'));
  });

  it('reads the repository decks in development', () => {
    const repo = path.join('/home', 'dev', 'ctg-diois');
    const paths = resolveAppPaths({ isPackaged: false, appPath: repo, resourcesPath: '/usr/lib/electron/resources' });
    expect(paths.slidesDir).toBe(path.join(repo, 'slides'));
    expect(paths.rendererDir).toBe(path.join(repo, 'dist', 'renderer'));
  });
});

describe('app menu', () => {
  it('is in French on every platform, with developer tools only in development', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = labels(appMenuTemplate({ platform, productName: 'CTG Diois', isDevelopment: false }));
      expect(packaged).toEqual(expect.arrayContaining(['Édition', 'Affichage', 'Plein écran', 'Copier', 'Coller']));
      expect(packaged.some((label) => /^(Edit|View|Window|Copy|Paste|Quit)$/.test(label))).toBe(false);
      expect(packaged).not.toContain('Outils de développement');
      const dev = labels(appMenuTemplate({ platform, productName: 'CTG Diois', isDevelopment: true }));
      expect(dev).toContain('Outils de développement');
    }
    expect(labels(appMenuTemplate({ platform: 'darwin', productName: 'CTG Diois', isDevelopment: false }))).toContain(
      'Quitter CTG Diois',
    );
  });
});
