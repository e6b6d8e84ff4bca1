import { useTranslation } from 'react-i18next';
import { jsonTextProblem } from './option-drafts.js';
import { defaultHint, type JsonField } from './schema-fields.js';

/** A sub-tree the form has no inputs for, typed as JSON and checked as it is typed. */
export function JsonInput({ field, value, onChange, label }: { field: JsonField; value: string; onChange(value: string): void; label?: string }) {
  const { t } = useTranslation();
  const problem = jsonTextProblem(value);
  const hint = defaultHint(field);
  return (
    <>
      <textarea
        className="option-json"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={hint || t('console.jsonHint')}
        aria-invalid={problem !== undefined || undefined}
        aria-label={label}
        rows={Math.min(10, Math.max(3, value.split('\n').length))}
        spellCheck={false}
      />
      {problem !== undefined ? <span className="option-issue">{t('console.jsonInvalid', { detail: problem })}</span> : null}
    </>
  );
}
