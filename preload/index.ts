/**
 * Sandboxed preload (bundled to dist/preload/index.cjs with everything but `electron`). Exposes
 * exactly `window.iocWall = { methods, subscribe }`: one function per contract method and the event
 * subscription, never ipcRenderer or any Electron object (Electron security checklist, VS Code's preload).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../common/api/bridge.js';
import { createBridge } from './bridge.js';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
