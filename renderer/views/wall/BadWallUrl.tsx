import { useTranslation } from 'react-i18next';

/** A display opened with a broken address says what is missing; a wall never falls back to a login page. */
export function BadWallUrl({ what }: { what: string }) {
  const { t } = useTranslation();
  return (
    <div className="wall-root">
      <div className="wall-message">{t('wall.badUrl', { what })}</div>
    </div>
  );
}
