import { isSecretOptionKey } from '../../../common/index.js';

/** One input of the connector form, read from the JSON Schema of a connector type's options. */
export interface SchemaField {
  key: string;
  kind: 'text' | 'password' | 'number' | 'boolean' | 'select';
  required: boolean;
  /** The schema's default, shown as a placeholder: a blank field takes it on the host. */
  placeholder: string;
  /** The choices of a select. */
  choices: string[];
  integer: boolean;
}


type Prop = { type?: unknown; enum?: unknown; default?: unknown };

/**
 * The fields of a form for an object schema's top-level properties. Nested objects and lists (field maps,
 * SLA tables) are left out: the defaults serve the form, and the configuration file can set them.
 */
export function fieldsFromSchema(schema: Record<string, unknown>): SchemaField[] {
  const props = (schema.properties ?? {}) as Record<string, Prop>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(props).flatMap(([key, p]): SchemaField[] => {
    const base = {
      key,
      required: required.has(key),
      placeholder: p.default === undefined || typeof p.default === 'object' ? '' : String(p.default),
      choices: [],
      integer: p.type === 'integer',
    };
    if (Array.isArray(p.enum)) return [{ ...base, kind: 'select', choices: p.enum.map(String) }];
    if (p.type === 'boolean') return [{ ...base, kind: 'boolean' }];
    if (p.type === 'number' || p.type === 'integer') return [{ ...base, kind: 'number' }];
    if (p.type === 'string') return [{ ...base, kind: isSecretOptionKey(key) ? 'password' : 'text' }];
    return [];
  });
}

/** The options to send: blank fields are left out so the type's defaults apply; numbers and booleans typed. */
export function optionsFromValues(fields: readonly SchemaField[], values: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(
    fields.flatMap((f): [string, unknown][] => {
      const raw = values[f.key] ?? '';
      if (raw === '') return [];
      if (f.kind === 'number') return [[f.key, Number(raw)]];
      if (f.kind === 'boolean') return [[f.key, raw === 'true']];
      return [[f.key, raw]];
    }),
  );
}
