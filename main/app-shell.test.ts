import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutText, appMenuTemplate, type MenuActions } from './app-menu.js';
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

  it('has the desktop File, View and Help menus, whose items reach the screens as typed commands', () => {
    const done: unknown[] = [];
    const actions: MenuActions = {
      command: (c) => void done.push(c),
      about: () => void done.push('about'),
      openSessionsFolder: () => void done.push('folder'),
      openLog: () => void done.push('log'),
    };
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const template = appMenuTemplate({ platform, productName: 'CTG Diois', isDevelopment: false, actions });
      const menu = (label: string) => template.find((m) => m.label === label)!.submenu as MenuItemConstructorOptions[];
      const item = (m: string, label: string) => menu(m).find((i) => i.label === label)!;
      const fichier = labels(menu('Fichier'));
      expect(fichier.slice(0, 4)).toEqual(['Nouvelle séance', 'Ouvrir…', 'Enregistrer sous…', 'Exporter…']);
      expect(fichier).toContain(platform === 'darwin' ? 'Fermer la fenêtre' : 'Quitter');
      expect(labels(menu('Affichage'))).toEqual(['Plein écran', 'Taille réelle', 'Agrandir', 'Réduire le texte', 'Recharger']);
      expect(labels(menu('Aide'))).toEqual([...(platform === 'darwin' ? [] : ['À propos de CTG Diois']), 'Ouvrir le dossier des séances', 'Ouvrir le journal']);
      done.length = 0;
      const click = (m: string, label: string) => (item(m, label).click as () => void)();
      click('Fichier', 'Nouvelle séance');
      click('Fichier', 'Ouvrir…');
      click('Fichier', 'Enregistrer sous…');
      click('Fichier', 'Exporter…');
      click('Aide', 'Ouvrir le dossier des séances');
      click('Aide', 'Ouvrir le journal');
      expect(done).toEqual([{ type: 'new-session' }, { type: 'open-session' }, { type: 'save-session-as' }, { type: 'export' }, 'folder', 'log']);
    }
    const mac = appMenuTemplate({ platform: 'darwin', productName: 'CTG Diois', isDevelopment: false, actions });
    const appMenu = mac[0]!.submenu as MenuItemConstructorOptions[];
    done.length = 0;
    (appMenu.find((i) => i.label === 'À propos de CTG Diois')!.click as () => void)();
    expect(done).toEqual(['about']);
  });

  it('says the version in « À propos »', () => {
    const text = aboutText('CTG Diois', '0.1.0');
    expect(text.title).toBe('À propos de CTG Diois');
    expect(text.message).toBe('CTG Diois, version 0.1.0');
  });
});
