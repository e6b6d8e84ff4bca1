import { useTranslation } from 'react-i18next';
import { formatAgo, formatTime } from '../format/datetime.js';
import { useLang } from '../i18n/use-lang.js';
import type { TileState } from './data-state.js';

interface Props {
  state: TileState;
  lastAt: number | undefined;
  now: number;
}

/** "Dữ liệu cũ · 3 phút trước · lúc 14:02" under a data tile that is not live; nothing when it is. */
export function DataBadge({ state, lastAt, now }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (state === 'live' || state === 'error') return null;
  let text: string;
  if (state === 'loading') text = t('data.loading');
  else if (lastAt === undefined) text = state === 'offline' ? t('data.offlineNoData') : t('data.noData');
  else if (state === 'offline') text = t('data.offline', { time: formatTime(lastAt, lang) });
  else text = t('data.stale', { ago: formatAgo(now - lastAt, lang), time: formatTime(lastAt, lang) });
  return <span className={`data-badge data-badge--${state}`}>{text}</span>;
}
