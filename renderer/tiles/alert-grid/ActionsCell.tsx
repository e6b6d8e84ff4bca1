import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../common/index.js';
import type { AlertGridContext } from './grid-context.js';

export function ActionsCell({ data, context }: CustomCellRendererProps<Alert, unknown, AlertGridContext>) {
  const { t } = useTranslation();
  if (!data || data.status === 'resolved') return null;
  return (
    <span className="alert-actions">
      {data.status === 'open' ? (
        <button type="button" data-action="acknowledge" onClick={() => context.acknowledge(data)}>
          {t('alerts.acknowledge')}
        </button>
      ) : null}
      <button type="button" data-action="assign" onClick={() => context.askAssignee(data)}>
        {t('alerts.assign')}
      </button>
      <button type="button" data-action="resolve" onClick={() => context.resolve(data)}>
        {t('alerts.resolve')}
      </button>
    </span>
  );
}
