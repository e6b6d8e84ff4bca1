import { useTranslation } from 'react-i18next';
import { formatAgo, formatDateTime } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useLang } from '../../i18n/use-lang.js';
import { useApp } from '../../state/AppContext.js';
import { Panel } from '../../ui/Panel.js';
import { StateMark } from '../../ui/StateMark.js';

const markOf = { ok: 'ok', starting: 'pending', stopped: 'idle', degraded: 'warn', down: 'bad' } as const;

export function ConnectorList() {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  const connectors = useApp((s) => s.connectors);
  const list = Object.values(connectors).sort((a, b) => a.instance.id.localeCompare(b.instance.id));
  return (
    <Panel title={t('console.connectors')} extra={<span className="panel-count">{list.length}</span>} className="panel-connectors">
      <ul className="health-list">
        {list.length === 0 ? <li className="health-empty">{t('console.none')}</li> : null}
        {list.map(({ instance, health }) => (
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
            {health.message || health.lastError ? <span className="health-message">{health.message || health.lastError}</span> : null}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
