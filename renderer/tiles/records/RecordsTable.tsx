import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTileKind } from '../../../common/index.js';
import { PhotoThumb } from './PhotoThumb.js';
import { recordColumnShares, recordColumns, type RecordRow } from './record-rows.js';

/** The table of a records tile or of the desk's records list; `rows` as recordRows gave them. */
export function RecordsTable({ kind, rows, rowsPerPage }: { kind: RecordTileKind; rows: readonly RecordRow[]; rowsPerPage: number }) {
  const { t } = useTranslation();
  const photos = kind === 'field-report';
  return (
    <div className="records-scroll" style={{ '--rows': rowsPerPage } as CSSProperties}>
      <table className="records-table">
        <colgroup>
          {recordColumnShares[kind].map((share, i, all) => (
            <col key={i} style={{ width: `${(100 * share) / all.reduce((a, b) => a + b, 0)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {recordColumns[kind].map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
            {photos ? <th className="records-photo-head">{t('records.col.photo')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-record-id={row.id} className={row.overdue ? 'records-row--overdue' : undefined}>
              {row.cells.map((cell, i) => (
                <td key={i} title={cell}>
                  {cell}
                </td>
              ))}
              {photos ? <td className="records-photo">{row.photo ? <PhotoThumb kind={kind} id={row.id} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
