import type { Alert, Result } from '../../common/index.js';
import type { ApiClient } from '../transport/client.js';
import type { AppStore } from './store.js';

/** What an operator may do from the console; each result is applied at once, before its event arrives. */
export interface Actions {
  acknowledge(id: string): Promise<Result<Alert>>;
  assign(id: string, assignee: string): Promise<Result<Alert>>;
  resolve(id: string): Promise<Result<Alert>>;
  setLayout(wallId: string, layoutId: string): Promise<Result<unknown>>;
}

export function createActions(client: ApiClient, store: AppStore): Actions {
  const applyAlert = (r: Result<Alert>) => {
    if (r.ok) store.getState().upsertAlert(r.value);
    return r;
  };
  return {
    acknowledge: (id) => client.call('alerts.acknowledge', { id }).then(applyAlert),
    assign: (id, assignee) => client.call('alerts.assign', { id, assignee }).then(applyAlert),
    resolve: (id) => client.call('alerts.resolve', { id }).then(applyAlert),
    setLayout: (wallId, layoutId) =>
      client.call('walls.setLayout', { wallId, layoutId }).then((r) => {
        if (r.ok) store.getState().upsertWall(r.value);
        return r;
      }),
  };
}
