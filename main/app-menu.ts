// The application menu, in French. Standard roles only (they work with the system's
// shortcuts), with French labels since Electron's own labels are English.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuInput {
  platform: NodeJS.Platform;
  productName: string;
  /** Development builds add reload and the developer tools. */
  isDevelopment: boolean;
}

export function appMenuTemplate({ platform, productName, isDevelopment }: MenuInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: productName,
      submenu: [
        { role: 'about', label: `À propos de ${productName}` },
        separator,
        { role: 'hide', label: `Masquer ${productName}` },
        { role: 'hideOthers', label: 'Masquer les autres' },
        { role: 'unhide', label: 'Tout afficher' },
        separator,
        { role: 'quit', label: `Quitter ${productName}` },
      ],
    });
  } else {
    template.push({ label: 'Fichier', submenu: [{ role: 'quit', label: 'Quitter' }] });
  }
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
      ...(isDevelopment
        ? [separator, { role: 'reload', label: 'Recharger' } as const, { role: 'toggleDevTools', label: 'Outils de développement' } as const]
        : []),
    ],
  });
  template.push({
    label: 'Fenêtre',
    submenu: [
      { role: 'minimize', label: isMac ? 'Placer dans le Dock' : 'Réduire' },
      { role: 'close', label: 'Fermer la fenêtre' },
    ],
  });
  return template;
}
