import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordTileKindSchema, type RecordTileKind } from '../../../common/index.js';
import { useApp } from '../../state/AppContext.js';
import { filterAlerts, type AlertFilter } from '../../tiles/alert-grid/alert-filter.js';
import { AlertGrid } from '../../tiles/alert-grid/AlertGrid.js';
import { Panel } from '../../ui/Panel.js';
import { RecordsBrowser } from './RecordsBrowser.js';

/** The desk sees every alert still to be handled. */
const consoleFilter: AlertFilter = { minSeverity: 'info', categories: [], includeResolved: false, maxRows: 5000 };

type Tab = 'alerts' | RecordTileKind;

/**
 * What the desk works through: alerts, and the field reports, documents and dossiers the
 * connectors bring in, one tab each. The alert count stays in its tab, so a new alert is seen
 * while a list is open.
 */
export function WorkQueuePanel() {
  const { t } = useTranslation();
  const alerts = useApp((s) => s.alerts);
  const rows = useMemo(() => filterAlerts(Object.values(alerts), consoleFilter), [alerts]);
  const [tab, setTab] = useState<Tab>('alerts');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'alerts', label: `${t('console.alertsTab')} (${rows.length})` },
    ...recordTileKindSchema.options.map((kind) => ({ id: kind, label: t(`records.tab.${kind}`) })),
  ];
  const extra = (
    <>
      <div className="panel-tabs" role="tablist">
        {tabs.map((x) => (
          <button key={x.id} type="button" role="tab" data-tab={x.id} aria-selected={tab === x.id} onClick={() => setTab(x.id)}>
            {x.label}
          </button>
        ))}
      </div>
      {tab === 'alerts' ? <span className="panel-count">{t('alerts.count', { count: rows.length })}</span> : null}
    </>
  );
  return (
    <Panel title={t('console.work')} extra={extra} className={`panel-work${tab === 'alerts' ? ' panel-alerts' : ''}`}>
      {tab === 'alerts' ? <AlertGrid alerts={rows} mode="console" /> : <RecordsBrowser key={tab} kind={tab} />}
    </Panel>
  );
}
