import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectorEntry, ConnectorTypeInfo, Result } from '../../../common/index.js';
import { useActions } from '../../state/AppContext.js';
import { hostIssues } from './host-issues.js';
import { draftsFromOptions, optionsFromDrafts, type DraftObject, type DraftProblem } from './option-drafts.js';
import { OptionField } from './OptionField.js';
import { fieldsFromSchema } from './schema-fields.js';

interface Props {
  /** The API instance being edited; absent to add one. */
  editing?: ConnectorEntry;
  onDone(): void;
}

/**
 * Adds or edits a connector instance: the options form is drawn from its type's schema; an edit starts
 * from the options the host shows (secrets as "unchanged") and the host restarts the instance on save.
 * Whatever goes wrong, the form stays as typed, with each problem beside its field.
 */
export function ConnectorForm({ editing, onDone }: Props) {
  const { t } = useTranslation();
  const actions = useActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const [types, setTypes] = useState<ConnectorTypeInfo[]>([]);
  const [type, setType] = useState(editing?.instance.type ?? '');
  const [id, setId] = useState(editing?.instance.id ?? '');
  const [name, setName] = useState(editing?.instance.name ?? '');
  const [stored, setStored] = useState<Record<string, unknown>>();
  const [drafts, setDrafts] = useState<DraftObject>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});

  const failed = (r: Extract<Result<unknown>, { ok: false }>) => setError(r.error.code === 'forbidden' ? t('console.needsAdmin') : r.error.message);
  useEffect(() => {
    // Modal, so the rest of the console waits; StrictMode mounts twice, and an open dialog must not open again.
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  useEffect(() => {
    void actions.connectorTypes().then((r) => (r.ok ? setTypes(r.value) : failed(r)));
    if (editing) void actions.connectorOptions(editing.instance.id).then((r) => (r.ok ? setStored(r.value) : failed(r)));
  }, [actions, editing]);
  const fields = useMemo(() => fieldsFromSchema(types.find((x) => x.id === type)?.optionsSchema ?? {}), [types, type]);
  // The drafts start once the schema (and, for an edit, the stored options) are known.
  useEffect(() => {
    if (types.length > 0 && (!editing || stored)) setDrafts(draftsFromOptions(fields, stored ?? {}));
  }, [fields, stored, types.length, editing]);

  const problemText = (p: DraftProblem) =>
    p.problem === 'json' ? t('console.jsonInvalid', { detail: p.detail }) : t(`console.problem.${p.problem}`);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!drafts) return;
    const { options, problems } = optionsFromDrafts(fields, drafts);
    if (problems.length > 0) {
      setIssues(Object.fromEntries(problems.map((p) => [p.path, problemText(p)])));
      setError(t('console.fixMarked'));
      return;
    }
    setBusy(true);
    setError('');
    setIssues({});
    const r = editing
      ? await actions.updateConnector(editing.instance.id, { ...(name ? { name } : {}), options })
      : await actions.addConnector({ id, type, ...(name ? { name } : {}), options });
    setBusy(false);
    if (r.ok) return onDone();
    if (r.error.code === 'forbidden') return setError(t('console.needsAdmin'));
    const found = hostIssues(r.error.message);
    setIssues(found.byPath);
    setError(t('console.saveFailed', { message: r.error.message }));
  };

  return (
    <dialog ref={dialog} className="connector-dialog" onCancel={onDone} aria-labelledby="connector-form-title">
      <form className="camera-form connector-form" onSubmit={(e) => void submit(e)} data-connector-form={editing ? 'edit' : 'add'}>
        <h3 id="connector-form-title" className="camera-form-wide">
          {editing ? t('console.editConnectorTitle', { name: editing.instance.name ?? editing.instance.id }) : t('console.addConnector')}
        </h3>
        <label className="camera-form-wide">
          {t('console.connectorType')}
          <select value={type} onChange={(e) => setType(e.target.value)} required disabled={Boolean(editing)}>
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
          <input value={id} onChange={(e) => setId(e.target.value)} required disabled={Boolean(editing)} />
        </label>
        <label>
          {t('console.connectorName')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {drafts
          ? fields.map((f) => (
              <OptionField key={`${type}.${f.key}`} field={f} draft={drafts[f.key]} onChange={(d) => setDrafts({ ...drafts, [f.key]: d })} path={[f.key]} issues={issues} />
            ))
          : null}
        {error ? (
          <p className="camera-form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="camera-form-buttons">
          <button type="submit" className="primary" disabled={busy || !type || !drafts}>
            {t('console.save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('console.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
