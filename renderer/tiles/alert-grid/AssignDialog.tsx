import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../common/index.js';

interface Props {
  alert: Alert;
  onAssign(assignee: string): void;
  onCancel(): void;
}

/** Asks who takes the alert; window.prompt does not exist in Electron. */
export function AssignDialog({ alert, onAssign, onCancel }: Props) {
  const { t } = useTranslation();
  const [assignee, setAssignee] = useState(alert.assignee ?? '');
  const value = assignee.trim();
  return (
    <div className="dialog-backdrop" onClick={onCancel}>
      <form
        className="dialog"
        role="dialog"
        aria-label={t('alerts.assignTitle')}
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          if (value) onAssign(value);
        }}
      >
        <h2>{t('alerts.assignTitle')}</h2>
        <p className="dialog-subject">{alert.title}</p>
        <label>
          {t('alerts.assignee')}
          <input autoFocus maxLength={100} value={assignee} onChange={(e) => setAssignee(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && onCancel()} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('alerts.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!value}>
            {t('alerts.confirmAssign')}
          </button>
        </div>
      </form>
    </div>
  );
}
