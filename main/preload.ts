// Sandboxed preload (bundled into one CommonJS file): exposes the host API bridge to the
// renderer under window.ctgHost, and nothing else of Electron or Node.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_GLOBAL } from '../core/ids.js';
import { PRESENTATION_GLOBAL } from '../core/presentation/api.js';
import { buildHostBridge, buildPresentationBridge } from './preload-api.js';

contextBridge.exposeInMainWorld(
  HOST_GLOBAL,
  buildHostBridge((channel, method, args) => ipcRenderer.invoke(channel, method, args)),
);

// Facilitator mode: the presentation state and the window commands.
contextBridge.exposeInMainWorld(PRESENTATION_GLOBAL, buildPresentationBridge(ipcRenderer));
