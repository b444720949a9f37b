// Sandboxed preload (bundled into one CommonJS file): exposes the host API bridge to the
// renderer under window.ctgHost, and nothing else of Electron or Node.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_GLOBAL } from '../core/ids.js';
import { PRESENTATION_GLOBAL } from '../core/presentation/api.js';
import { APP_COMMAND_GLOBAL } from '../core/app-menu/api.js';
import { MEETING_GLOBAL } from '../core/meeting/model.js';
import { buildAppCommandBridge, buildHostBridge, buildMeetingBridge, buildPresentationBridge } from './preload-api.js';

contextBridge.exposeInMainWorld(
  HOST_GLOBAL,
  buildHostBridge((channel, method, args) => ipcRenderer.invoke(channel, method, args)),
);

// Facilitator mode: the presentation state and the window commands.
contextBridge.exposeInMainWorld(PRESENTATION_GLOBAL, buildPresentationBridge(ipcRenderer));

// The desktop menu's commands (Fichier › Nouvelle séance, Ouvrir…, a double-clicked file…).
contextBridge.exposeInMainWorld(APP_COMMAND_GLOBAL, buildAppCommandBridge(ipcRenderer));

// The live meeting: every window follows the same session, point and undo (renderer/meeting).
contextBridge.exposeInMainWorld(MEETING_GLOBAL, buildMeetingBridge(ipcRenderer));
