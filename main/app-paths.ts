// Where the running app finds its parts. Packaged, the code and the renderer build are in
// app.asar and the decks in resources/slides (copied there by electron-builder's
// extraResources) so that users can edit them; in development, everything is in the repo.
import path from 'node:path';

export interface AppPathsInput {
  isPackaged: boolean;
  /** app.getAppPath(): the repo root in development, …/resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: …/resources when packaged. */
  resourcesPath: string;
}

export interface AppPaths {
  /** The renderer build, served at app://app/. */
  rendererDir: string;
  /** The bundled preload. */
  preloadPath: string;
  /** The standalone player build pasted into exported HTML decks. */
  standaloneDir: string;
  /** The editable decks. */
  slidesDir: string;
  /** The window icon (Linux and Windows title bars), absent when packaged: the executable has it. */
  iconPath: string | undefined;
}

export function resolveAppPaths(input: AppPathsInput): AppPaths {
  return {
    rendererDir: path.join(input.appPath, 'dist', 'renderer'),
    preloadPath: path.join(input.appPath, 'dist', 'main', 'preload.cjs'),
    standaloneDir: path.join(input.appPath, 'dist', 'standalone'),
    slidesDir: input.isPackaged ? path.join(input.resourcesPath, 'slides') : path.join(input.appPath, 'slides'),
    iconPath: input.isPackaged ? undefined : path.join(input.appPath, 'assets', 'icon-512.png'),
  };
}
