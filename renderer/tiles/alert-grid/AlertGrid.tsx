import type { GridApi, ProcessRowParams, RowClassRules } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { severities, type Alert, type Result } from '../../../common/index.js';
import { useLang } from '../../i18n/use-lang.js';
import { useActions } from '../../state/AppContext.js';
import type { TileMode } from '../registry.js';
import { alertColumns } from './alert-columns.js';
import { AssignDialog } from './AssignDialog.js';
import type { AlertGridContext } from './grid-context.js';
import { gridThemes } from './grid-setup.js';
import { diffRows } from './row-diff.js';

const rowClassRules: RowClassRules<Alert> = Object.fromEntries(
  severities.map((s) => [`alert-row--${s}`, (p: { data?: Alert }) => p.data?.severity === s]),
);

/** The row element, and its pinned parts if any, carry the alert id for tests and for people inspecting the wall. */
function tagRow({ eRow, ePinnedLeftRow, ePinnedRightRow, node }: ProcessRowParams<Alert>) {
  for (const el of [eRow, ePinnedLeftRow, ePinnedRightRow]) if (el && node.id) el.setAttribute('data-alert-id', node.id);
}

const NOTICE_MS = 8000;

/** The grid starts empty and changes only by transactions: a constant, so a re-render never resets it. */
const NO_ROWS: Alert[] = [];

interface Props {
  alerts: readonly Alert[];
  mode: TileMode;
}

/**
 * Alerts in an ag-grid that changes by transactions, so a wall showing hundreds of alerts only
 * redraws the rows that changed. Read-only on the wall; with actions on the console.
 */
export function AlertGrid({ alerts, mode }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const actions = useActions();
  const [api, setApi] = useState<GridApi<Alert> | undefined>(undefined);
  const shown = useRef(new Map<string, Alert>());
  const [assigning, setAssigning] = useState<Alert | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!api) return;
    const diff = diffRows(shown.current, alerts);
    if (diff.add.length + diff.update.length + diff.remove.length === 0) return;
    api.applyTransactionAsync(diff);
    shown.current = new Map(alerts.map((a) => [a.id, a]));
  }, [api, alerts]);

  useEffect(() => {
    api?.refreshCells({ force: true });
  }, [api, lang]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const columnDefs = useMemo(() => alertColumns(t, lang, mode), [t, lang, mode]);

  const context = useMemo((): AlertGridContext => {
    const report = (r: Result<unknown>) => {
      if (!r.ok) setNotice(t('alerts.failed', { message: r.error.message }));
    };
    return {
      acknowledge: (a) => void actions.acknowledge(a.id).then(report),
      askAssignee: (a) => setAssigning(a),
      resolve: (a) => void actions.resolve(a.id).then(report),
    };
  }, [actions, t]);

  return (
    <div className={`alert-grid alert-grid--${mode}`}>
      {notice ? (
        <div className="alert-grid-notice" role="alert">
          {notice}
        </div>
      ) : null}
      <div className="alert-grid-body">
        <AgGridReact<Alert>
          theme={gridThemes[mode]}
          columnDefs={columnDefs}
          rowData={NO_ROWS}
          loading={false}
          defaultColDef={{ sortable: mode === 'console', resizable: mode === 'console', suppressMovable: true }}
          getRowId={(p) => p.data.id}
          rowClassRules={rowClassRules}
          processRowPostCreate={tagRow}
          context={context}
          suppressCellFocus={mode === 'wall'}
          localeText={{ noRowsToShow: t('alerts.none') }}
          onGridReady={(e) => setApi(e.api)}
        />
      </div>
      {assigning ? (
        <AssignDialog
          alert={assigning}
          onCancel={() => setAssigning(undefined)}
          onAssign={(assignee) => {
            setAssigning(undefined);
            void actions.assign(assigning.id, assignee).then((r) => {
              if (!r.ok) setNotice(t('alerts.failed', { message: r.error.message }));
            });
          }}
        />
      ) : null}
    </div>
  );
}
