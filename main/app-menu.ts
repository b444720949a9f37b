// The application menu, in French. Standard roles where Electron has one (they work with the
// system's shortcuts) with French labels, since Electron's own labels are English; the app's
// own items call `actions`: the screens' commands go to the main window as typed messages
// (core/app-menu/api.ts), the rest (À propos, the sessions' folder, the log) stay in main.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../core/app-menu/api.js';

export interface MenuActions {
  /** Sends a command to the main window's screens (opening the window if needed). */
  command(command: AppCommand): void;
  about(): void;
  openSessionsFolder(): void;
  openLog(): void;
}

export interface MenuInput {
  platform: NodeJS.Platform;
  productName: string;
  /** Development builds add the developer tools. */
  isDevelopment: boolean;
  actions?: MenuActions;
}

const NO_ACTIONS: MenuActions = { command: () => {}, about: () => {}, openSessionsFolder: () => {}, openLog: () => {} };

/** « À propos de CTG Diois »: what the box says, with the version. */
export function aboutText(productName: string, version: string): { title: string; message: string; detail: string } {
  return {
    title: `À propos de ${productName}`,
    message: `${productName}, version ${version}`,
    detail:
      'Présenter l’évaluation de la Convention Territoriale Globale du Diois et animer les réunions, hors ligne.\nRien n’est envoyé nulle part : les séances restent dans vos documents.',
  };
}

export function appMenuTemplate({ platform, productName, isDevelopment, actions = NO_ACTIONS }: MenuInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const send = (command: AppCommand) => () => actions.command(command);
  const about: MenuItemConstructorOptions = { label: `À propos de ${productName}`, click: () => actions.about() };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: productName,
      submenu: [
        about,
        separator,
        { role: 'hide', label: `Masquer ${productName}` },
        { role: 'hideOthers', label: 'Masquer les autres' },
        { role: 'unhide', label: 'Tout afficher' },
        separator,
        { role: 'quit', label: `Quitter ${productName}` },
      ],
    });
  }
  template.push({
    label: 'Fichier',
    submenu: [
      { label: 'Nouvelle séance', accelerator: 'CmdOrCtrl+N', click: send({ type: 'new-session' }) },
      { label: 'Ouvrir…', accelerator: 'CmdOrCtrl+O', click: send({ type: 'open-session' }) },
      { label: 'Enregistrer sous…', accelerator: 'CmdOrCtrl+Shift+S', click: send({ type: 'save-session-as' }) },
      { label: 'Exporter…', accelerator: 'CmdOrCtrl+E', click: send({ type: 'export' }) },
      separator,
      // macOS quits from the application menu and closes windows from Fichier.
      isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' },
    ],
  });
  template.push({
    label: 'Édition',
    submenu: [
      { role: 'undo', label: 'Annuler' },
      { role: 'redo', label: 'Rétablir' },
      separator,
      { role: 'cut', label: 'Couper' },
      { role: 'copy', label: 'Copier' },
      { role: 'paste', label: 'Coller' },
      { role: 'selectAll', label: 'Tout sélectionner' },
    ],
  });
  template.push({
    label: 'Affichage',
    submenu: [
      { role: 'togglefullscreen', label: 'Plein écran' },
      separator,
      { role: 'resetZoom', label: 'Taille réelle' },
      { role: 'zoomIn', label: 'Agrandir' },
      { role: 'zoomOut', label: 'Réduire le texte' },
      separator,
      // Nothing typed is lost by a reload: the host holds it.
      { role: 'reload', label: 'Recharger' },
      ...(isDevelopment ? [{ role: 'toggleDevTools', label: 'Outils de développement' } as const] : []),
    ],
  });
  template.push({
    label: 'Fenêtre',
    submenu: [
      { role: 'minimize', label: isMac ? 'Placer dans le Dock' : 'Réduire' },
      { role: 'close', label: 'Fermer la fenêtre' },
    ],
  });
  template.push({
    label: 'Aide',
    // macOS already shows « À propos » in the application menu.
    submenu: [
      ...(isMac ? [] : [about, separator]),
      { label: 'Ouvrir le dossier des séances', click: () => actions.openSessionsFolder() },
      { label: 'Ouvrir le journal', click: () => actions.openLog() },
    ],
  });
  return template;
}
