import { isSecretOptionKey, optionTextsSchema, type OptionTexts } from '../../../common/index.js';
import type { Lang } from '../../route.js';

interface FieldBase {
  /** The property name; '' for a list item or a record value. */
  key: string;
  /** The option's name in both languages, as its connector declared it. */
  label?: OptionTexts;
  /** A line under the input: its unit, its range. */
  help?: OptionTexts;
  /** The enclosing object requires it: marked in the form, and an empty required object or list is sent as such. */
  required: boolean;
  /** Required all the way up, so the browser may refuse to submit without it. */
  mustFill: boolean;
  /** The default shown while the field is blank: the schema's own, or the one an enclosing object's default gives it. */
  shownDefault?: unknown;
  /**
   * The shown default comes from an enclosing object's default, not from the field's own: the host
   * does not fill it in once the object is given, so the form writes it out then.
   */
  inherited: boolean;
}

export type ScalarKind = 'text' | 'password' | 'number' | 'boolean' | 'select';

export interface ScalarField extends FieldBase {
  kind: ScalarKind;
  /** The choices of a select. */
  choices: string[];
  /** A select of numbers: its choice is sent as a number. */
  numeric: boolean;
  integer: boolean;
}
export interface ObjectField extends FieldBase {
  kind: 'object';
  fields: SchemaField[];
}
export interface ArrayField extends FieldBase {
  kind: 'array';
  item: SchemaField;
}
export interface RecordField extends FieldBase {
  kind: 'record';
  /** The allowed keys when the schema lists them; empty for free keys. */
  keyChoices: string[];
  value: SchemaField;
}
/** A sub-tree no input renders well (unions, tuples, nullable values, anything): edited as JSON text. */
export interface JsonField extends FieldBase {
  kind: 'json';
}

/** One input, fieldset or list of the connector form, read from the JSON Schema of a connector type's options. */
export type SchemaField = ScalarField | ObjectField | ArrayField | RecordField | JsonField;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Context {
  key: string;
  required: boolean;
  /** Every enclosing field is required (or is a row that exists). */
  chainRequired: boolean;
  /** What an enclosing object's default says for this field. */
  inheritedDefault: unknown;
}

function fieldOf(schema: Json, ctx: Context): SchemaField {
  const own = schema.default;
  const label = optionTextsSchema.safeParse(schema.label);
  const help = optionTextsSchema.safeParse(schema.help);
  const base: FieldBase = {
    key: ctx.key,
    ...(label.success ? { label: label.data } : {}),
    ...(help.success ? { help: help.data } : {}),
    required: ctx.required,
    mustFill: ctx.required && ctx.chainRequired,
    ...(own !== undefined ? { shownDefault: own } : ctx.inheritedDefault !== undefined ? { shownDefault: ctx.inheritedDefault } : {}),
    inherited: own === undefined && ctx.inheritedDefault !== undefined,
  };
  const scalar = (kind: ScalarKind, choices: unknown[] = []): ScalarField => ({
    ...base,
    kind,
    choices: choices.map(String),
    numeric: choices.length > 0 && choices.every((c) => typeof c === 'number'),
    integer: schema.type === 'integer',
  });
  // A row exists once added, so the required fields of a list item or record value must be filled.
  const row = (sub: Json): SchemaField => fieldOf(sub, { key: '', required: true, chainRequired: true, inheritedDefault: undefined });
  const json: JsonField = { ...base, kind: 'json' };
  const defaults = isObject(base.shownDefault) ? base.shownDefault : {};

  if (Array.isArray(schema.enum)) return scalar('select', schema.enum);
  if (schema.const !== undefined) return scalar('select', [schema.const]);
  switch (schema.type) {
    case 'boolean':
      return scalar('boolean');
    case 'number':
    case 'integer':
      return scalar('number');
    case 'string':
      return scalar(isSecretOptionKey(ctx.key) ? 'password' : 'text');
    case 'array':
      return isObject(schema.items) && schema.prefixItems === undefined ? { ...base, kind: 'array', item: row(schema.items) } : json;
    case 'object': {
      const extra = schema.additionalProperties;
      if (isObject(schema.properties) && (extra === undefined || extra === false)) {
        const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
        const fields = Object.entries(schema.properties).map(([key, sub]) =>
          fieldOf(isObject(sub) ? sub : {}, { key, required: required.has(key), chainRequired: base.mustFill, inheritedDefault: defaults[key] }),
        );
        return { ...base, kind: 'object', fields };
      }
      if (schema.properties === undefined && isObject(extra)) {
        const names = schema.propertyNames;
        const keyChoices = isObject(names) && Array.isArray(names.enum) ? names.enum.map(String) : [];
        return { ...base, kind: 'record', keyChoices, value: row(extra) };
      }
      return json;
    }
    default:
      return json;
  }
}

/** The fields of the form for an object schema's properties; nested objects, lists and records included. */
export function fieldsFromSchema(schema: Record<string, unknown>): SchemaField[] {
  if (!isObject(schema.properties)) return [];
  const root = fieldOf({ ...schema, type: 'object' }, { key: '', required: true, chainRequired: true, inheritedDefault: undefined });
  return root.kind === 'object' ? root.fields : [];
}

/**
 * The default of a list or record as one line, for a hint beside its rows; '' when there is none worth
 * showing (none, or an empty one). Scalars show theirs as placeholders and objects through their fields.
 */
export function defaultHint(field: SchemaField): string {
  const d = field.shownDefault;
  if (field.kind !== 'array' && field.kind !== 'record' && field.kind !== 'json') return '';
  if (d === undefined || (Array.isArray(d) && d.length === 0) || (isObject(d) && Object.keys(d).length === 0)) return '';
  if (Array.isArray(d) && d.every((v) => typeof v !== 'object')) return d.join(', ');
  return JSON.stringify(d);
}

/** What the form calls a field: its label in the page's language, else its key. */
export function labelOf(field: SchemaField, lang: Lang): string {
  return field.label?.[lang] ?? field.key;
}

/** The help line under a field in the page's language; '' when it has none. */
export function helpOf(field: SchemaField, lang: Lang): string {
  return field.help?.[lang] ?? '';
}

/** The placeholder of a scalar input: its default as text. */
export function placeholderOf(field: SchemaField): string {
  const d = field.shownDefault;
  return d === undefined || typeof d === 'object' ? '' : String(d);
}
