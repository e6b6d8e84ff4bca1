import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/AppContext.js';
import { recordPhotoUrl } from './photo-url.js';

/**
 * A record's photo as a thumbnail, through the host. Until it loads the cell keeps its size; a photo that
 * fails (gone, not a picture, too large, its host out of reach) leaves a neutral mark, never a broken image.
 */
export function PhotoThumb({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation();
  const streamToken = useApp((s) => s.session?.streamToken);
  const streamOrigin = useApp((s) => s.session?.streamOrigin);
  const [failed, setFailed] = useState<string | undefined>();
  const url = streamToken ? recordPhotoUrl(kind, id, { streamToken, streamOrigin }, location) : undefined;
  if (!url || failed === url) return <span className="records-photo-none" role="img" aria-label={t('records.photoUnavailable')} title={t('records.photoUnavailable')} />;
  return <img src={url} alt={t('records.photoAlt', { id })} loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={() => setFailed(url)} />;
}
