import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/AppContext.js';
import { filterAlerts, type AlertFilter } from '../../tiles/alert-grid/alert-filter.js';
import { AlertGrid } from '../../tiles/alert-grid/AlertGrid.js';
import { Panel } from '../../ui/Panel.js';

/** The desk sees every alert still to be handled. */
const consoleFilter: AlertFilter = { minSeverity: 'info', categories: [], includeResolved: false, maxRows: 5000 };

export function AlertsPanel() {
  const { t } = useTranslation();
  const alerts = useApp((s) => s.alerts);
  const rows = useMemo(() => filterAlerts(Object.values(alerts), consoleFilter), [alerts]);
  return (
    <Panel title={t('console.alerts')} extra={<span className="panel-count">{t('alerts.count', { count: rows.length })}</span>} className="panel-alerts">
      <AlertGrid alerts={rows} mode="console" />
    </Panel>
  );
}
