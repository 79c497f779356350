/** The sandboxed preload: exposes `window.roster` and nothing else. */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { RosterApi } from '../../shared/ipc';
import { buildRosterApi } from './build-api';

const api = buildRosterApi({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe: (event, listener) => {
    // The IpcRendererEvent (which holds the sender) stays here; the page gets the payload only.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => void ipcRenderer.removeListener(event, wrapped);
  },
  getPathForFile: (file) => webUtils.getPathForFile(file),
}) satisfies RosterApi;

contextBridge.exposeInMainWorld('roster', api);
