import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Alert } from '../../../common/index.js';
import { formatDateTime } from '../../format/datetime.js';
import type { Lang } from '../../route.js';
import type { TileMode } from '../registry.js';
import { severityRank } from './alert-filter.js';
import { ActionsCell } from './ActionsCell.js';
import { SeverityCell } from './SeverityCell.js';

/** A category the translations do not know is shown as the source wrote it. */
function categoryLabel(t: TFunction, category: string): string {
  return t(`category.${category}`, { defaultValue: category });
}

export function alertColumns(t: TFunction, lang: Lang, mode: TileMode): ColDef<Alert>[] {
  const cols: ColDef<Alert>[] = [
    {
      colId: 'severity',
      field: 'severity',
      headerName: t('alerts.severity'),
      cellRenderer: SeverityCell,
      comparator: (a: Alert['severity'], b: Alert['severity']) => severityRank(b) - severityRank(a),
      width: mode === 'wall' ? 260 : 165,
      cellClass: 'severity-cell',
    },
    {
      colId: 'time',
      field: 'raisedAt',
      headerName: t('alerts.time'),
      sort: 'desc',
      valueFormatter: (p) => (typeof p.value === 'number' ? formatDateTime(p.value, lang) : ''),
      width: mode === 'wall' ? 210 : 125,
    },
    {
      colId: 'category',
      field: 'category',
      headerName: t('alerts.category'),
      valueFormatter: (p) => categoryLabel(t, String(p.value ?? '')),
      width: mode === 'wall' ? 290 : 175,
    },
    {
      colId: 'title',
      field: 'title',
      headerName: t('alerts.title'),
      flex: 2,
      minWidth: 200,
      // A cut-off title is read in full, with the description, on hover.
      tooltip: (p) => [p.data?.title, p.data?.description].filter(Boolean).join('\n'),
    },
    { colId: 'location', field: 'location', headerName: t('alerts.location'), flex: 1, minWidth: 120 },
    {
      colId: 'status',
      headerName: t('alerts.status'),
      // The value itself carries the assignee, so a reassignment refreshes the cell.
      valueGetter: (p) => {
        if (!p.data) return '';
        const label = t(`alertStatus.${p.data.status}`);
        return p.data.assignee ? `${label} · ${p.data.assignee}` : label;
      },
      width: mode === 'wall' ? 240 : 160,
    },
  ];
  if (mode === 'console') {
    cols.push({
      colId: 'actions',
      headerName: t('alerts.actions'),
      // The buttons depend on the status: as the value, a change of status redraws them.
      valueGetter: (p) => p.data?.status,
      cellRenderer: ActionsCell,
      width: 320,
      sortable: false,
    });
  }
  return cols;
}
