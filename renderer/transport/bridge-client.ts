import type { IocWallBridge } from '../../common/api/bridge.js';
import { fail, type MethodName, type MethodOutput, type Result, type Topic } from '../../common/index.js';
import type { ApiClient, CallArgs, EventArgs } from './client.js';

/** The client inside an Electron window: IPC through the preload, always connected. */
export function createBridgeClient(bridge: IocWallBridge): ApiClient {
  return {
    async call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<Result<MethodOutput<M>>> {
      const fn = (bridge.methods as Record<string, ((input: unknown) => Promise<Result<unknown>>) | undefined>)[method];
      if (!fn) return fail('method_not_found', `the desktop bridge has no method "${method}"`);
      try {
        return (await fn(args[0] ?? {})) as Result<MethodOutput<M>>;
      } catch (err) {
        return fail('internal', err instanceof Error ? err.message : String(err));
      }
    },
    subscribe<T extends Topic>(topics: readonly T[], listener: (...args: EventArgs<T>) => void) {
      return bridge.subscribe([...topics], (topic, payload) => listener(...([topic, payload] as EventArgs<T>)));
    },
    status: () => 'open',
    onStatus: () => () => {},
    close: () => {},
  };
}
