import {
  api,
  fail,
  formatIssues,
  ok,
  roleAllows,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
  type Result,
} from '../../../common/index.js';
import type { Caller } from '../caller.js';
import type { Logger } from '../log.js';
import type { AuditRepo } from '../store/audit-repo.js';
import { ApiFailure } from './api-failure.js';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>, caller: Caller) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface ApiService {
  call<M extends MethodName>(caller: Caller, method: M, input: unknown): Promise<Result<MethodOutput<M>>>;
}

/** What an audit entry names as the target of a change: the ids in its input. */
function targetOf(input: unknown): string {
  if (!input || typeof input !== 'object') return '';
  const o = input as Record<string, unknown>;
  const layout = o.layout as { id?: unknown } | undefined;
  const camera = o.camera as { id?: unknown } | undefined;
  const instance = o.instance as { id?: unknown } | undefined;
  return [o.wallId, o.layoutId, o.id, o.instanceId, layout?.id, camera?.id, instance?.id].filter((v) => typeof v === 'string').join(' ');
}

/**
 * The one entry to every API method, for IPC and WebSocket alike: look up, authorize by role,
 * validate the input with the contract's schema, run, audit every change, and answer with data.
 */
export function createApiService(deps: { handlers: Handlers; audit: AuditRepo; log: Logger; now: () => number }): ApiService {
  const { handlers, audit, log, now } = deps;
  const record = (caller: Caller, method: string, input: unknown, result: 'ok' | 'error', detail: string) => {
    audit.append({ at: now(), actor: caller.label, role: caller.role, action: method, target: targetOf(input), result, detail });
  };

  return {
    async call(caller, method, input) {
      if (!Object.hasOwn(api, method)) return fail('method_not_found', `unknown method "${String(method)}"`);
      const spec = api[method];
      if (!roleAllows(caller.role, spec.role)) {
        if (spec.mutates) record(caller, method, input, 'error', 'forbidden');
        return fail('forbidden', `"${method}" needs the ${spec.role} role; ${caller.label} is ${caller.role}`);
      }
      const parsed = spec.input.safeParse(input ?? undefined);
      if (!parsed.success) {
        return fail('bad_request', `invalid input for "${method}":\n${formatIssues(parsed.error)}`);
      }
      try {
        const handler = handlers[method] as (i: unknown, c: Caller) => unknown;
        const value = (await handler(parsed.data, caller)) as MethodOutput<typeof method>;
        if (spec.mutates) record(caller, method, parsed.data, 'ok', '');
        return ok(value);
      } catch (err) {
        if (err instanceof ApiFailure) {
          if (spec.mutates) record(caller, method, parsed.data, 'error', `${err.code}: ${err.message}`);
          return fail(err.code, err.message);
        }
        log.error('api handler failed', { method, error: String(err), stack: (err as Error).stack });
        if (spec.mutates) record(caller, method, parsed.data, 'error', 'internal');
        return fail('internal', `"${method}" failed inside the host; see its log`);
      }
    },
  };
}
