import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../common/index.js';
import { SeverityIcon } from '../../ui/SeverityIcon.js';

export function SeverityCell({ data }: CustomCellRendererProps<Alert>) {
  const { t } = useTranslation();
  if (!data) return null;
  return (
    <span className={`severity severity--${data.severity}`}>
      <SeverityIcon severity={data.severity} />
      {t(`severity.${data.severity}`)}
    </span>
  );
}
