import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/AppContext.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { filterAlerts } from './alert-filter.js';
import { AlertGrid } from './AlertGrid.js';

export function AlertGridTile({ tile, options, mode }: TileProps<'alert-grid'>) {
  const { t } = useTranslation();
  const alerts = useApp((s) => s.alerts);
  const connected = useApp((s) => s.connection === 'open');
  const rows = useMemo(() => filterAlerts(Object.values(alerts), options), [alerts, options]);
  return (
    <TileFrame
      tileId={tile.id}
      kind="alert-grid"
      state={connected ? 'live' : 'offline'}
      title={tile.title ? `${tile.title} · ${t('alerts.count', { count: rows.length })}` : undefined}
      badge={connected ? undefined : <span className="data-badge data-badge--offline">{t('connection.reconnecting')}</span>}
    >
      <AlertGrid alerts={rows} mode={mode} />
    </TileFrame>
  );
}
