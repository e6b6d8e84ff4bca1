import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAllows, type ConnectorEntry, type Result } from '../../../common/index.js';
import { formatAgo, formatDateTime } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useActions, useApp } from '../../state/AppContext.js';
import { Panel } from '../../ui/Panel.js';
import { StateMark } from '../../ui/StateMark.js';
import { ConnectorForm } from './ConnectorForm.js';

const markOf = { ok: 'ok', starting: 'pending', stopped: 'idle', degraded: 'warn', down: 'bad' } as const;

export function ConnectorList() {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connectors = useApp((s) => s.connectors);
  const actions = useActions();
  // Editing reads the options back, which only the admin role may.
  const isAdmin = useApp((s) => (s.session ? roleAllows(s.session.role, 'admin') : false));
  /** 'new' while adding, the instance while editing one. */
  const [form, setForm] = useState<'new' | ConnectorEntry>();
  const [actionError, setActionError] = useState('');
  const list = Object.values(connectors).sort((a, b) => a.instance.id.localeCompare(b.instance.id));
  const report = (r: Result<unknown>) =>
    setActionError(r.ok ? '' : r.error.code === 'forbidden' ? t('console.needsAdmin') : r.error.message);
  const togglePause = async ({ instance }: ConnectorEntry) =>
    report(await (instance.enabled ? actions.pauseConnector(instance.id) : actions.resumeConnector(instance.id)));
  const remove = async ({ instance }: ConnectorEntry) => {
    if (!window.confirm(t('console.confirmRemoveConnector', { name: instance.name ?? instance.id }))) return;
    report(await actions.removeConnector(instance.id));
  };
  const extra = (
    <>
      <span className="panel-count">{list.length}</span>
      <button type="button" onClick={() => setForm('new')} disabled={form !== undefined}>
        {t('console.addConnector')}
      </button>
    </>
  );
  return (
    <Panel title={t('console.connectors')} extra={extra} className="panel-connectors">
      {form ? (
        <ConnectorForm key={form === 'new' ? 'new' : form.instance.id} {...(form === 'new' ? {} : { editing: form })} onDone={() => setForm(undefined)} />
      ) : null}
      {actionError ? (
        <p className="camera-form-error" role="alert">
          {actionError}
        </p>
      ) : null}
      <ul className="health-list">
        {list.length === 0 ? <li className="health-empty">{t('console.none')}</li> : null}
        {list.map((entry) => {
          const { instance, health } = entry;
          return (
            <li key={instance.id} className="health-item" data-connector-id={instance.id} data-state={health.state}>
              <StateMark mark={markOf[health.state]} />
              <span className="health-name">{instance.name ?? instance.id}</span>
              <span className="health-state">{t(`connectorState.${health.state}`)}</span>
              <span className="health-detail">
                {t('console.lastSuccess')}:{' '}
                {health.lastSuccessAt !== undefined
                  ? `${formatDateTime(health.lastSuccessAt, lang)} · ${formatAgo(now - health.lastSuccessAt, lang)}`
                  : t('console.never')}
                {health.latencyMs !== undefined ? ` · ${Math.round(health.latencyMs)} ms` : ''}
              </span>
              {health.message ? <span className="health-message">{health.message}</span> : null}
              {health.lastError !== undefined && health.lastErrorAt !== undefined && health.lastError !== health.message ? (
                <span className="health-message health-last-error" data-last-error-at={health.lastErrorAt}>
                  {t('console.lastError', { time: formatDateTime(health.lastErrorAt, lang), ago: formatAgo(now - health.lastErrorAt, lang), message: health.lastError })}
                </span>
              ) : null}
              <span className="camera-actions">
                {entry.source === 'config' ? <span className="camera-origin">{t('console.configReadOnly')}</span> : null}
                {/* The file's instances may be paused too, until the next start applies the file again. */}
                <button type="button" onClick={() => void togglePause(entry)}>
                  {instance.enabled ? t('console.pauseConnector') : t('console.resumeConnector')}
                </button>
                {entry.source === 'api' ? (
                  <>
                    <button
                      type="button"
                      data-action="edit"
                      onClick={() => setForm(entry)}
                      disabled={!isAdmin || form !== undefined}
                      title={isAdmin ? undefined : t('console.needsAdmin')}
                    >
                      {t('console.editConnector')}
                    </button>
                    <button type="button" onClick={() => void remove(entry)}>
                      {t('console.removeConnector')}
                    </button>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
