import { z } from 'zod';
import { formatIssues, SECRET_MASK, type ConnectorEntry, type ConnectorInstance } from '../../../common/index.js';
import type { DefinedConnector } from '../../../connectors/sdk/types.js';
import { optionsJsonSchema } from '../connectors/options-schema.js';
import { maskedSecretPath, maskSecretOptions, mergeOptions } from '../connectors/secret-options.js';
import type { StoredConnector } from '../store/connectors-repo.js';
import { ApiFailure } from './api-failure.js';
import type { HandlerDeps } from './handlers.js';
import type { Handlers } from './service.js';

type ConnectorMethods =
  | 'connectors.list'
  | 'connectors.types'
  | 'connectors.add'
  | 'connectors.test'
  | 'connectors.update'
  | 'connectors.pause'
  | 'connectors.resume'
  | 'connectors.remove'
  | 'connectors.options';

/**
 * Connector instances at run time: the configuration file's read-only, the API's own kept in SQLite.
 * Every change restarts or stops the running instance, which publishes its health.
 */
export function createConnectorHandlers(d: HandlerDeps): Pick<Handlers, ConnectorMethods> {
  const { store, now } = d;
  const where = d.configFile ? `the configuration file ${d.configFile}` : 'the configuration file';

  const entryOf = ({ instance, source }: StoredConnector): ConnectorEntry => ({
    instance: { id: instance.id, type: instance.type, enabled: instance.enabled, ...(instance.name ? { name: instance.name } : {}) },
    source,
    health: store.connectorHealth.get(instance.id) ?? {
      instanceId: instance.id,
      type: instance.type,
      state: instance.enabled ? 'starting' : 'stopped',
      message: '',
      updatedAt: now(),
    },
  });
  const find = (id: string): StoredConnector => {
    const found = store.connectors.entry(id);
    if (!found) throw new ApiFailure('not_found', `connector instance "${id}" does not exist`);
    return found;
  };
  const editable = (id: string): StoredConnector => {
    const found = find(id);
    if (found.source === 'config') throw new ApiFailure('conflict', `connector instance "${id}" comes from ${where}; change it there`);
    return found;
  };
  const typeOf = (type: string, path = 'instance.type'): DefinedConnector => {
    const def = Object.hasOwn(d.connectorTypes, type) ? d.connectorTypes[type] : undefined;
    if (!def) throw new ApiFailure('bad_request', `${path}: unknown connector type "${type}"; known types: ${Object.keys(d.connectorTypes).sort().join(', ')}`);
    return def;
  };
  /**
   * Checked before saving or testing, so a mistake is answered with the field at fault rather than a
   * connector that is down. Returns the options as the connector gets them, defaults filled in.
   */
  const checkOptions = ({ type, options }: Pick<ConnectorInstance, 'type' | 'options'>): unknown => {
    const fail = (issues: z.core.$ZodIssue[]) => new ApiFailure('bad_request', formatIssues(new z.ZodError(issues.map((i) => ({ ...i, path: ['options', ...i.path] })))));
    const masked = maskedSecretPath(options);
    if (masked) throw fail([{ code: 'custom', path: masked, message: `"${SECRET_MASK}" stands for a stored secret, but none is stored here: type the value`, input: SECRET_MASK }]);
    const r = typeOf(type).configSchema.safeParse(options);
    if (!r.success) throw fail(r.error.issues);
    return r.data;
  };
  /** An edit's options: secrets it leaves out or sends masked keep the stored instance's values. */
  const editedOptions = (stored: ConnectorInstance, given: Record<string, unknown> | undefined) => (given ? mergeOptions(stored.options, given) : stored.options);
  const save = async (instance: ConnectorInstance, source: StoredConnector['source']) => {
    store.connectors.put(instance, now(), source);
    await d.runtime.start(instance);
    return entryOf({ instance, source });
  };

  return {
    'connectors.list': () => store.connectors.entries().map(entryOf),
    'connectors.types': () =>
      Object.values(d.connectorTypes).map((def) => ({
        id: def.id,
        name: def.name,
        version: def.version,
        optionsSchema: optionsJsonSchema(def),
        produces: def.produces,
      })),
    'connectors.add': async ({ instance: given }) => {
      if (store.connectors.entry(given.id)) throw new ApiFailure('conflict', `connector instance "${given.id}" already exists; choose another id`);
      const instance: ConnectorInstance = { ...given, enabled: true };
      checkOptions(instance);
      return save(instance, 'api');
    },
    'connectors.update': async ({ id, patch }) => {
      const { instance: stored } = editable(id);
      const options = editedOptions(stored, patch.options);
      const instance: ConnectorInstance = { ...stored, ...(patch.name !== undefined ? { name: patch.name } : {}), options };
      checkOptions(instance);
      return save(instance, 'api');
    },
    'connectors.test': async ({ type, options: given, instanceId }) => {
      const def = typeOf(type, 'type');
      if (instanceId === undefined) return d.runtime.dryRun({ def, options: checkOptions({ type, options: given }) });
      // The stored secrets are lent only where an edit could keep them: API instances of the same type.
      const { instance: stored } = editable(instanceId);
      if (stored.type !== type) throw new ApiFailure('bad_request', `type: connector instance "${instanceId}" is of type "${stored.type}", not "${type}"`);
      const options = checkOptions({ type, options: editedOptions(stored, given) });
      return d.runtime.dryRun({ def, options, instanceId });
    },
    // Allowed on the file's instances too; the next start applies the file again, which enables them.
    'connectors.pause': async ({ id }) => {
      const { instance, source } = find(id);
      return save({ ...instance, enabled: false }, source);
    },
    'connectors.resume': async ({ id }) => {
      const { instance, source } = find(id);
      return save({ ...instance, enabled: true }, source);
    },
    'connectors.remove': async ({ id }) => {
      editable(id);
      await d.runtime.stop(id);
      store.db.transaction(() => {
        store.connectors.remove(id);
        store.cursors.remove(id);
      })();
      return { id };
    },
    'connectors.options': ({ id }) => maskSecretOptions(find(id).instance.options),
  };
}
