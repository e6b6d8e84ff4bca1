import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPath } from '../../../common/index.js';
import { useLang } from '../../i18n/use-lang.js';
import { JsonInput } from './JsonInput.js';
import { asList, asObject, asRows, asText, draftOf, type Draft, type Path, type RecordRow } from './option-drafts.js';
import { ScalarInput } from './ScalarInput.js';
import { defaultHint, helpOf, labelOf, type SchemaField } from './schema-fields.js';

interface Props {
  field: SchemaField;
  draft: Draft | undefined;
  onChange(draft: Draft): void;
  path: Path;
  /** Messages by option path ("sla.default.urgent"), from the form's own checks and the host's answer. */
  issues: Readonly<Record<string, string>>;
}

const Issue = ({ text }: { text: string | undefined }) => (text ? <span className="option-issue">{text}</span> : null);
const Help = ({ text }: { text: string }) => (text ? <span className="option-help">{text}</span> : null);

/**
 * One option of the connector form, drawn from its field: an input, a fieldset of an object's fields,
 * the rows of a list or of a record (key and value), or JSON text. A list item or record value has no
 * key and so no label of its own: its row is its label. An option is named by its connector's label,
 * its key shown on hover for whoever compares it with a configuration file.
 */
export function OptionField({ field, draft, onChange, path, issues }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const here = formatPath(path);
  const issue = issues[here];
  const inRow = field.key === '';
  const name = labelOf(field, lang);
  const help = helpOf(field, lang);
  const title = (
    <span className="option-name" title={field.key}>
      {name}
      {field.required ? ' *' : ''}
    </span>
  );
  const sub = (f: SchemaField, d: Draft | undefined, change: (d: Draft) => void, at: Path, key: string | number) => (
    <OptionField key={key} field={f} draft={d} onChange={change} path={at} issues={issues} />
  );
  const group = (children: ReactNode, extra = '') => (
    <fieldset className={`option-fieldset ${extra}`} data-option-path={here}>
      {inRow ? null : <legend>{title}</legend>}
      {inRow ? null : <Help text={help} />}
      {children}
      <Issue text={issue} />
    </fieldset>
  );
  const removeButton = (remove: () => void) => (
    <button type="button" className="option-remove" onClick={remove}>
      {t('console.removeRow')}
    </button>
  );

  switch (field.kind) {
    case 'object': {
      const o = asObject(draft);
      return group(field.fields.map((f) => sub(f, o[f.key], (d) => onChange({ ...o, [f.key]: d }), [...path, f.key], f.key)));
    }
    case 'array': {
      const rows = asList(draft);
      const hint = defaultHint(field);
      return group(
        <>
          {hint ? <span className="option-default">{t('console.defaultIs', { value: hint })}</span> : null}
          {rows.map((row, i) => (
            <div className="option-row" key={i} data-option-path={formatPath([...path, i])}>
              {sub(field.item, row, (d) => onChange(rows.map((r, j) => (j === i ? d : r))), [...path, i], i)}
              {removeButton(() => onChange(rows.filter((_, j) => j !== i)))}
            </div>
          ))}
          <button type="button" className="option-add" onClick={() => onChange([...rows, draftOf(field.item, undefined)])}>
            {t('console.addRow')}
          </button>
        </>,
        'option-list',
      );
    }
    case 'record': {
      const rows = asRows(draft);
      const hint = defaultHint(field);
      const setRow = (i: number, row: RecordRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
      return group(
        <>
          {hint ? <span className="option-default">{t('console.defaultIs', { value: hint })}</span> : null}
          {rows.map((row, i) => (
            <div className="option-row option-row--record" key={i} data-option-path={formatPath([...path, row.key.trim()])}>
              {field.keyChoices.length > 0 ? (
                <select aria-label={t('console.rowKey')} value={row.key} onChange={(e) => setRow(i, { ...row, key: e.target.value })} required>
                  <option value="" />
                  {field.keyChoices.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              ) : (
                <input aria-label={t('console.rowKey')} placeholder={t('console.rowKey')} value={row.key} onChange={(e) => setRow(i, { ...row, key: e.target.value })} />
              )}
              {sub(field.value, row.value, (d) => setRow(i, { ...row, value: d }), [...path, row.key.trim()], 'value')}
              {removeButton(() => onChange(rows.filter((_, j) => j !== i)))}
            </div>
          ))}
          <button type="button" className="option-add" onClick={() => onChange([...rows, { key: '', value: draftOf(field.value, undefined) }])}>
            {t('console.addRow')}
          </button>
        </>,
        'option-list',
      );
    }
    case 'json': {
      const input = <JsonInput field={field} value={asText(draft)} onChange={onChange} {...(inRow ? {} : { label: name })} />;
      return inRow ? (
        <span className="option-cell">
          {input}
          <Issue text={issue} />
        </span>
      ) : (
        <label className="option-wide" data-option-path={here}>
          {title}
          {input}
          <Help text={help} />
          <Issue text={issue} />
        </label>
      );
    }
    default: {
      const input = <ScalarInput field={field} value={asText(draft)} onChange={onChange} invalid={issue !== undefined} {...(inRow ? { label: here } : {})} />;
      return inRow ? (
        <span className="option-cell">
          {input}
          <Issue text={issue} />
        </span>
      ) : (
        <label data-option-path={here}>
          {title}
          {input}
          <Help text={help} />
          <Issue text={issue} />
        </label>
      );
    }
  }
}
