import type { Alert, CameraTestResult, ConnectorEntry, ConnectorTestResult, ConnectorTypeInfo, MethodInput, PublicCamera, RecordsPage, Result, Wall } from '../../common/index.js';
import type { ApiClient } from '../transport/client.js';
import type { AppStore } from './store.js';

/** What an operator may do from the console; each result is applied at once, before its event arrives. */
export interface Actions {
  acknowledge(id: string): Promise<Result<Alert>>;
  assign(id: string, assignee: string): Promise<Result<Alert>>;
  resolve(id: string): Promise<Result<Alert>>;
  setLayout(wallId: string, layoutId: string): Promise<Result<unknown>>;
  /** Shows a camera on a camera tile of the wall's current layout. */
  pushCamera(wallId: string, tileId: string, cameraId: string): Promise<Result<Wall>>;
  /** Gives the tile back its layout's camera. */
  clearCamera(wallId: string, tileId: string): Promise<Result<Wall>>;
  addCamera(camera: MethodInput<'cameras.add'>['camera']): Promise<Result<PublicCamera>>;
  updateCamera(id: string, patch: MethodInput<'cameras.update'>['patch']): Promise<Result<PublicCamera>>;
  removeCamera(id: string): Promise<Result<unknown>>;
  testCamera(source: MethodInput<'cameras.test'>): Promise<Result<CameraTestResult>>;
  /** Read, not an action: the form of a new connector instance is drawn from these. */
  connectorTypes(): Promise<Result<ConnectorTypeInfo[]>>;
  addConnector(instance: MethodInput<'connectors.add'>['instance']): Promise<Result<ConnectorEntry>>;
  /** Runs a connector with the form's options and stores nothing: "test connection". */
  testConnector(input: MethodInput<'connectors.test'>): Promise<Result<ConnectorTestResult>>;
  /** Read, not an action: an instance's options to edit, secrets masked; the admin role only. */
  connectorOptions(id: string): Promise<Result<Record<string, unknown>>>;
  updateConnector(id: string, patch: MethodInput<'connectors.update'>['patch']): Promise<Result<ConnectorEntry>>;
  pauseConnector(id: string): Promise<Result<ConnectorEntry>>;
  resumeConnector(id: string): Promise<Result<ConnectorEntry>>;
  removeConnector(id: string): Promise<Result<unknown>>;
  /** Read, not an action: records are fetched by the tile that shows them rather than kept in the store. */
  listRecords(query: MethodInput<'records.list'>): Promise<Result<RecordsPage>>;
}

export function createActions(client: ApiClient, store: AppStore): Actions {
  const applyAlert = (r: Result<Alert>) => {
    if (r.ok) store.getState().upsertAlert(r.value);
    return r;
  };
  const applyWall = (r: Result<Wall>) => {
    if (r.ok) store.getState().upsertWall(r.value);
    return r;
  };
  // Health events follow a change, but not the instance's arrival or removal: the list is read again.
  const refreshConnectors = async <T>(r: Result<T>) => {
    if (r.ok) {
      const list = await client.call('connectors.list');
      if (list.ok) store.getState().setConnectors(list.value);
    }
    return r;
  };
  return {
    acknowledge: (id) => client.call('alerts.acknowledge', { id }).then(applyAlert),
    assign: (id, assignee) => client.call('alerts.assign', { id, assignee }).then(applyAlert),
    resolve: (id) => client.call('alerts.resolve', { id }).then(applyAlert),
    setLayout: (wallId, layoutId) => client.call('walls.setLayout', { wallId, layoutId }).then(applyWall),
    pushCamera: (wallId, tileId, cameraId) => client.call('walls.pushCamera', { wallId, tileId, cameraId }).then(applyWall),
    clearCamera: (wallId, tileId) => client.call('walls.clearCamera', { wallId, tileId }).then(applyWall),
    // The camera list comes back whole with the cameras.changed event.
    addCamera: (camera) => client.call('cameras.add', { camera }),
    updateCamera: (id, patch) => client.call('cameras.update', { id, patch }),
    removeCamera: (id) => client.call('cameras.remove', { id }),
    testCamera: (source) => client.call('cameras.test', source),
    connectorTypes: () => client.call('connectors.types'),
    addConnector: (instance) => client.call('connectors.add', { instance }).then(refreshConnectors),
    testConnector: (input) => client.call('connectors.test', input),
    connectorOptions: (id) => client.call('connectors.options', { id }),
    updateConnector: (id, patch) => client.call('connectors.update', { id, patch }).then(refreshConnectors),
    pauseConnector: (id) => client.call('connectors.pause', { id }).then(refreshConnectors),
    resumeConnector: (id) => client.call('connectors.resume', { id }).then(refreshConnectors),
    removeConnector: (id) => client.call('connectors.remove', { id }).then(refreshConnectors),
    listRecords: (query) => client.call('records.list', query),
  };
}
