import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAgo, formatDateTime } from '../../format/datetime.js';
import { useNow } from '../../hooks/use-now.js';
import { useVisible } from '../../hooks/use-visible.js';
import { useLang } from '../../i18n/use-lang.js';
import { useSnapshot } from './use-snapshot.js';

/** How old a picture says so: an offline camera's last picture, marked with its age. */
function SnapshotAge({ takenAt }: { takenAt: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const now = useNow();
  return <span className="camera-thumb-age">{t('console.snapshotOld', { ago: formatAgo(now - takenAt, lang) })}</span>;
}

/** A camera's snapshot in the camera list, loaded once its row is on screen and refreshed about every minute. */
export function CameraThumb({ cameraId, name }: { cameraId: string; name: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ref = useRef<HTMLSpanElement>(null);
  const view = useSnapshot(cameraId, useVisible(ref));
  const title =
    view.state === 'shown'
      ? [t('console.snapshotTaken', { time: formatDateTime(view.takenAt, lang) }), view.error].filter(Boolean).join('\n')
      : view.state === 'missing'
        ? view.error
        : t('console.snapshotLoading');
  return (
    <span ref={ref} className="camera-thumb" data-snapshot-state={view.state} data-snapshot-old={view.state === 'shown' && view.error !== undefined} title={title}>
      {view.state === 'shown' ? (
        <>
          {/* Not draggable: dragging the row pushes the camera to the wall, not its picture. */}
          <img className="camera-thumb-img" src={view.src} alt={t('console.snapshotAlt', { name })} draggable={false} />
          {view.error !== undefined ? <SnapshotAge takenAt={view.takenAt} /> : null}
        </>
      ) : (
        <span className="camera-thumb-none">{view.state === 'missing' ? t('console.snapshotMissing') : t('console.snapshotLoading')}</span>
      )}
    </span>
  );
}
