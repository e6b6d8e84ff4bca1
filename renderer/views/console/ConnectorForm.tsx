import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectorTypeInfo } from '../../../common/index.js';
import { useActions } from '../../state/AppContext.js';
import { fieldsFromSchema, optionsFromValues, type SchemaField } from './schema-fields.js';

function FieldInput({ field, value, onChange }: { field: SchemaField; value: string; onChange(v: string): void }) {
  if (field.kind === 'select' || field.kind === 'boolean') {
    const choices = field.kind === 'boolean' ? ['true', 'false'] : field.choices;
    return (
      <select value={value} onChange={(e) => onChange(e.target.value)} required={field.required}>
        <option value="">{field.placeholder}</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      type={field.kind === 'text' ? 'text' : field.kind}
      step={field.integer ? 1 : 'any'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={field.placeholder}
      required={field.required}
      autoComplete={field.kind === 'password' ? 'new-password' : 'off'}
    />
  );
}

/** Adds a connector instance: pick a type, fill in the options its schema asks for, save. The host checks them again. */
export function ConnectorForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [types, setTypes] = useState<ConnectorTypeInfo[]>([]);
  const [type, setType] = useState('');
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    void actions.connectorTypes().then((r) => (r.ok ? setTypes(r.value) : setError(r.error.message)));
  }, [actions]);
  const fields = useMemo(() => fieldsFromSchema(types.find((x) => x.id === type)?.optionsSchema ?? {}), [types, type]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    const r = await actions.addConnector({ id, type, ...(name ? { name } : {}), options: optionsFromValues(fields, values) });
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.error.code === 'forbidden' ? t('console.needsAdmin') : t('console.saveFailed', { message: r.error.message }));
  };

  return (
    <form className="camera-form connector-form" onSubmit={(e) => void submit(e)}>
      <label className="camera-form-wide">
        {t('console.connectorType')}
        <select value={type} onChange={(e) => (setType(e.target.value), setValues({}))} required>
          <option value="" />
          {types.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} ({x.id} {x.version})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('console.connectorId')}
        <input value={id} onChange={(e) => setId(e.target.value)} required />
      </label>
      <label>
        {t('console.connectorName')}
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      {fields.map((f) => (
        <label key={f.key}>
          {f.key}
          <FieldInput field={f} value={values[f.key] ?? ''} onChange={(v) => setValues((old) => ({ ...old, [f.key]: v }))} />
        </label>
      ))}
      <div className="camera-form-buttons">
        <button type="submit" className="primary" disabled={busy || !type}>
          {t('console.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('console.cancel')}
        </button>
      </div>
      {error ? (
        <p className="camera-form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
