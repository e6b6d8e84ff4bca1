import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectorEntry, ConnectorTestResult, ConnectorTypeInfo, Result } from '../../../common/index.js';
import { useActions } from '../../state/AppContext.js';
import { ConnectorTestOutcome } from './ConnectorTestOutcome.js';
import { hostIssues } from './host-issues.js';
import { ConnectorProducesList } from './ConnectorProducesList.js';
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
 * "Test connection" runs the options as typed without saving anything, an edit's unchanged secrets
 * included. Whatever goes wrong, the form stays as typed, with each problem beside its field.
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
  const [test, setTest] = useState<ConnectorTestResult | 'running'>();
  /** Counts tests and changes, so a test's late answer is dropped once the options changed under it. */
  const testRound = useRef(0);

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
  const chosen = types.find((x) => x.id === type);
  const fields = useMemo(() => fieldsFromSchema(chosen?.optionsSchema ?? {}), [chosen]);
  // The drafts start once the schema (and, for an edit, the stored options) are known.
  useEffect(() => {
    if (types.length > 0 && (!editing || stored)) setDrafts(draftsFromOptions(fields, stored ?? {}));
  }, [fields, stored, types.length, editing]);

  const problemText = (p: DraftProblem) =>
    p.problem === 'json' ? t('console.jsonInvalid', { detail: p.detail }) : t(`console.problem.${p.problem}`);

  /** The options as typed, or undefined with each problem marked beside its field. */
  const typedOptions = (unfinished: string) => {
    if (!drafts) return undefined;
    const { options, problems } = optionsFromDrafts(fields, drafts);
    if (problems.length === 0) return options;
    setIssues(Object.fromEntries(problems.map((p) => [p.path, problemText(p)])));
    setError(unfinished);
    return undefined;
  };
  /** A result for other options than those shown would mislead: it goes as soon as they change. */
  const forgetTest = () => {
    testRound.current += 1;
    setTest(undefined);
  };
  const changeType = (next: string) => {
    setType(next);
    forgetTest();
  };
  const changeDrafts = (next: DraftObject) => {
    setDrafts(next);
    forgetTest();
  };

  const runTest = async () => {
    const options = typedOptions(t('console.testFixMarked'));
    if (!options) return;
    const round = ++testRound.current;
    setTest('running');
    setError('');
    setIssues({});
    const r = await actions.testConnector({ type, options, ...(editing ? { instanceId: editing.instance.id } : {}) });
    if (round !== testRound.current) return;
    if (r.ok) return setTest(r.value);
    setTest(undefined);
    setIssues(hostIssues(r.error.message).byPath);
    setError(t('console.testNotRun', { message: r.error.message }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const options = typedOptions(t('console.fixMarked'));
    if (!options) return;
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
          <select value={type} onChange={(e) => changeType(e.target.value)} required disabled={Boolean(editing)}>
            <option value="" />
            {types.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({x.id} {x.version})
              </option>
            ))}
          </select>
        </label>
        {chosen ? <ConnectorProducesList produces={chosen.produces} /> : null}
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
              <OptionField key={`${type}.${f.key}`} field={f} draft={drafts[f.key]} onChange={(d) => changeDrafts({ ...drafts, [f.key]: d })} path={[f.key]} issues={issues} />
            ))
          : null}
        {error ? (
          <p className="camera-form-error" role="alert">
            {error}
          </p>
        ) : null}
        {test && test !== 'running' ? <ConnectorTestOutcome result={test} /> : null}
        <div className="camera-form-buttons">
          <button type="button" onClick={() => void runTest()} disabled={busy || test === 'running' || !type || !drafts}>
            {test === 'running' ? t('console.testingConnector') : t('console.testConnector')}
          </button>
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
