import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraTestResult, PublicCamera, StreamVariant } from '../../../common/index.js';
import { useActions } from '../../state/AppContext.js';

interface Props {
  /** The API camera being edited; absent to add one. */
  editing?: PublicCamera;
  /** The areas cameras already have, offered as the camera's group. */
  areas: readonly string[];
  onDone(): void;
}

/** What a test said of each stream it tried: the main one always, the sub one when given. */
type TestResults = Partial<Record<StreamVariant, CameraTestResult>>;

/** Adds or edits a camera of the registry: test the sources first, then save. */
export function CameraForm({ editing, areas, onDone }: Props) {
  const { t } = useTranslation();
  const areasId = useId();
  const actions = useActions();
  const [name, setName] = useState(editing?.name ?? '');
  const [id, setId] = useState(editing?.id ?? '');
  const [url, setUrl] = useState(editing?.url ?? '');
  const [subUrl, setSubUrl] = useState(editing?.subUrl ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [group, setGroup] = useState(editing?.group ?? '');
  const [busy, setBusy] = useState(false);
  const [test, setTest] = useState<TestResults | 'running'>();
  const [error, setError] = useState('');
  // Blank credentials on an edit keep the stored ones: the API never sends them back to show.
  const credentials = { ...(username ? { username } : {}), ...(password ? { password } : {}) };

  const testOne = async (variant: StreamVariant, source: string): Promise<CameraTestResult> => {
    const r = await actions.testCamera({ url: source, variant, ...(editing ? { id: editing.id } : {}), ...credentials });
    return r.ok ? r.value : { ok: false, error: r.error.message };
  };
  const runTest = async () => {
    setTest('running');
    // One after the other: a camera may refuse a second session while the first is still open.
    const main = await testOne('main', url);
    setTest(subUrl ? { main, sub: await testOne('sub', subUrl) } : { main });
  };
  const describe = (r: CameraTestResult) =>
    r.ok ? t('console.testOk', { codec: r.codec ?? '?', width: r.width ?? '?', height: r.height ?? '?' }) : t('console.testFailed', { error: r.error ?? '' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    const fields = { name, url, ...credentials };
    // An empty field removes an edited camera's sub stream or area; a new camera simply has none.
    const r = editing
      ? await actions.updateCamera(editing.id, { ...fields, subUrl, group })
      : await actions.addCamera({ id, ...fields, ...(subUrl ? { subUrl } : {}), ...(group.trim() ? { group } : {}) });
    setBusy(false);
    if (r.ok) onDone();
    else setError(t('console.saveFailed', { message: r.error.message }));
  };

  return (
    <form className="camera-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t('console.cameraName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {t('console.cameraId')}
        <input value={id} onChange={(e) => setId(e.target.value)} required disabled={Boolean(editing)} />
      </label>
      <label className="camera-form-wide">
        {t('console.cameraUrl')}
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="rtsp://10.0.0.21:554/Streaming/Channels/101" required />
      </label>
      <label className="camera-form-wide">
        {t('console.cameraSubUrl')}
        <input value={subUrl} onChange={(e) => setSubUrl(e.target.value)} placeholder="rtsp://10.0.0.21:554/Streaming/Channels/102" />
      </label>
      <label>
        {t('console.username')}
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" placeholder={editing?.hasCredentials ? '••••' : ''} />
      </label>
      <label>
        {t('console.password')}
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          placeholder={editing?.hasCredentials ? t('console.passwordKept') : ''}
        />
      </label>
      <label>
        {t('console.group')}
        <input value={group} onChange={(e) => setGroup(e.target.value)} list={areasId} autoComplete="off" />
        <datalist id={areasId}>
          {areas.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </label>
      <div className="camera-form-buttons">
        <button type="button" onClick={() => void runTest()} disabled={!url || test === 'running'}>
          {test === 'running' ? t('console.testing') : t('console.test')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('console.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('console.cancel')}
        </button>
      </div>
      {test && test !== 'running' ? (
        <p className={test.main?.ok && (test.sub?.ok ?? true) ? 'camera-form-ok' : 'camera-form-error'} role="status">
          {test.main ? describe(test.main) : null}
          {test.sub ? (
            <>
              <br />
              {t('console.testSub', { result: describe(test.sub) })}
            </>
          ) : null}
        </p>
      ) : null}
      {error ? (
        <p className="camera-form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
