// Sandboxed preload (bundled into one CommonJS file): exposes the host API bridge to the
// renderer under window.ctgHost, and nothing else of Electron or Node.
import { contextBridge, ipcRenderer } from 'electron';
import { HOST_GLOBAL } from '../core/host-channels.js';
import { buildHostBridge } from './preload-api.js';

contextBridge.exposeInMainWorld(
  HOST_GLOBAL,
  buildHostBridge((channel, method, args) => ipcRenderer.invoke(channel, method, args)),
);
