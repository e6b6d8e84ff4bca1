import { useTranslation } from 'react-i18next';
import { TileFrame } from './TileFrame.js';

interface Props {
  tileId: string;
  kind: string;
  title?: string | undefined;
  message: string;
  details?: string;
}

/** Stands in for a tile that cannot be drawn, so one bad tile never blanks a wall. */
export function ErrorTile({ tileId, kind, title, message, details }: Props) {
  const { t } = useTranslation();
  return (
    <TileFrame tileId={tileId} kind={kind} state="error" title={title} className="tile-error">
      <div className="tile-error-head">⚠ {t('tile.error')}</div>
      <div className="tile-error-message">{message}</div>
      {details ? <pre className="tile-error-details">{details}</pre> : null}
    </TileFrame>
  );
}
