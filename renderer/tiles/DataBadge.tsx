import { useTranslation } from 'react-i18next';
import { formatAgo, formatTime } from '../format/datetime.js';
import { useLang } from '../i18n/use-lang.js';
import type { SourceCondition, TileState } from './data-state.js';

interface Props {
  state: TileState;
  lastAt: number | undefined;
  now: number;
  /** What the tile's sources say of their last attempt. */
  source?: SourceCondition;
}

/**
 * "Dữ liệu cũ · 3 phút trước · lúc 14:02" under a data tile that is not live; under a live one only
 * when a source reports trouble ("Nguồn báo lỗi · cập nhật 3 phút trước"), nothing otherwise.
 */
export function DataBadge({ state, lastAt, now, source = 'ok' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (state === 'error') return null;
  if (state === 'live') {
    if (source === 'ok' || lastAt === undefined) return null;
    return <span className="data-badge data-badge--degraded">{t('data.sourceTrouble', { ago: formatAgo(now - lastAt, lang) })}</span>;
  }
  let text: string;
  if (state === 'loading') text = t('data.loading');
  else if (lastAt === undefined) text = state === 'offline' ? t('data.offlineNoData') : t('data.noData');
  else if (state === 'offline') text = t('data.offline', { time: formatTime(lastAt, lang) });
  else text = t(source === 'ok' ? 'data.stale' : 'data.sourceFailing', { ago: formatAgo(now - lastAt, lang), time: formatTime(lastAt, lang) });
  return <span className={`data-badge data-badge--${state}`}>{text}</span>;
}
