import { formatPath } from '../../../common/index.js';
import type { SchemaField } from './schema-fields.js';

/** A record's row as typed: its key and its value's draft. */
export interface RecordRow {
  key: string;
  value: Draft;
}
/**
 * What the form holds while it is edited, shaped like the field: text for a scalar or JSON field (a
 * kept secret is the mask it was shown), fields by key for an object, rows for a list or a record.
 */
export type Draft = string | Draft[] | RecordRow[] | { [key: string]: Draft };
export type DraftObject = { [key: string]: Draft };

export type Path = (string | number)[];

/** Something the form can tell before the host is asked; `path` is written as the host writes it, without "options". */
export interface DraftProblem {
  path: string;
  problem: 'json' | 'duplicate-key' | 'empty-key' | 'blank-value';
  detail?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export const asText = (d: Draft | undefined): string => (typeof d === 'string' ? d : '');
export const asObject = (d: Draft | undefined): DraftObject => (d !== undefined && typeof d === 'object' && !Array.isArray(d) ? d : {});
export const asList = (d: Draft | undefined): Draft[] => (Array.isArray(d) ? (d as Draft[]) : []);
export const asRows = (d: Draft | undefined): RecordRow[] => (Array.isArray(d) ? (d as RecordRow[]) : []);

/** The draft of a field holding `value` (undefined for a blank one, or a new row). */
export function draftOf(field: SchemaField, value: unknown): Draft {
  switch (field.kind) {
    case 'object':
      return Object.fromEntries(field.fields.map((f) => [f.key, draftOf(f, isObject(value) ? value[f.key] : undefined)]));
    case 'array':
      return Array.isArray(value) ? value.map((v) => draftOf(field.item, v)) : [];
    case 'record':
      return isObject(value) ? Object.entries(value).map(([key, v]) => ({ key, value: draftOf(field.value, v) })) : [];
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
    default:
      return value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** The form's drafts for an instance's options as `connectors.options` shows them: secrets stay as their mask. */
export function draftsFromOptions(fields: readonly SchemaField[], options: Record<string, unknown>): DraftObject {
  return Object.fromEntries(fields.map((f) => [f.key, draftOf(f, options[f.key])]));
}

/** Whether anything was typed (or kept) in the draft. */
function filled(field: SchemaField, d: Draft | undefined): boolean {
  if (field.kind === 'object') return field.fields.some((f) => filled(f, asObject(d)[f.key]));
  if (field.kind === 'array' || field.kind === 'record') return asList(d).length > 0;
  return asText(d).trim() !== '';
}

function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** The parse error of a JSON field's text, for feedback as it is typed; undefined when it parses or is blank. */
export function jsonTextProblem(text: string): string | undefined {
  return text.trim() === '' ? undefined : jsonProblem(text);
}

/**
 * The value a draft stands for, or undefined to leave it out so the type's default applies. `given`
 * says the enclosing object is sent: a blank field whose default came from that object's default is
 * written out then, since the host fills in the object's default only when the whole object is absent.
 */
function valueOf(field: SchemaField, d: Draft | undefined, path: Path, problems: DraftProblem[], given: boolean): unknown {
  switch (field.kind) {
    case 'object': {
      const o = asObject(d);
      const touched = filled(field, d);
      const entries = field.fields.flatMap((f): [string, unknown][] => {
        const v = valueOf(f, o[f.key], [...path, f.key], problems, touched);
        return v === undefined ? [] : [[f.key, v]];
      });
      return entries.length > 0 ? Object.fromEntries(entries) : field.required ? {} : undefined;
    }
    case 'array': {
      // A blank scalar row is dropped: a row added and left empty means nothing.
      const items = asList(d).flatMap((row, i) => {
        const v = valueOf(field.item, row, [...path, i], problems, true);
        return v === undefined ? [] : [v];
      });
      return items.length > 0 ? items : field.required ? [] : undefined;
    }
    case 'record': {
      const out: Record<string, unknown> = {};
      for (const row of asRows(d)) {
        const key = row.key.trim();
        const v = valueOf(field.value, row.value, [...path, key], problems, true);
        if (key === '' && v === undefined) continue;
        if (key === '') problems.push({ path: formatPath(path), problem: 'empty-key' });
        else if (Object.hasOwn(out, key)) problems.push({ path: formatPath([...path, key]), problem: 'duplicate-key' });
        else if (v === undefined) problems.push({ path: formatPath([...path, key]), problem: 'blank-value' });
        else out[key] = v;
      }
      return Object.keys(out).length > 0 ? out : field.required ? {} : undefined;
    }
    case 'json': {
      const text = asText(d);
      if (text.trim() === '') return undefined;
      const detail = jsonProblem(text);
      if (detail === undefined) return JSON.parse(text) as unknown;
      problems.push({ path: formatPath(path), problem: 'json', detail });
      return undefined;
    }
    default: {
      const raw = asText(d);
      if (raw === '') return given && field.inherited ? field.shownDefault : undefined;
      if (field.kind === 'number' || (field.kind === 'select' && field.numeric)) {
        const n = Number(raw);
        return Number.isFinite(n) ? n : undefined;
      }
      if (field.kind === 'boolean') return raw === 'true';
      return raw;
    }
  }
}

/**
 * The options to send, and what the form can already tell is wrong. Blank fields are left out so the
 * type's defaults apply; a kept secret goes back as its mask, which the host replaces with the stored value.
 */
export function optionsFromDrafts(fields: readonly SchemaField[], drafts: DraftObject): { options: Record<string, unknown>; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const entries = fields.flatMap((f): [string, unknown][] => {
    const v = valueOf(f, drafts[f.key], [f.key], problems, true);
    return v === undefined ? [] : [[f.key, v]];
  });
  return { options: Object.fromEntries(entries), problems };
}
