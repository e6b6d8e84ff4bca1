import { useTranslation } from 'react-i18next';

/** A grid cell with no camera: said so, so a missing camera is not mistaken for a black picture. */
export function EmptyCell() {
  const { t } = useTranslation();
  return (
    <div className="camera-grid-cell camera-grid-cell--empty">
      <span className="camera-grid-empty">{t('cameraGrid.empty')}</span>
    </div>
  );
}
