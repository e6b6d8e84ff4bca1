import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActions } from '../../state/AppContext.js';

/** Pushes cameras onto one wall's tiles (undefined gives the tile its layout's camera back) and keeps the last failure to show. */
export function usePushCamera(wallId: string) {
  const { t } = useTranslation();
  const actions = useActions();
  const [busyTile, setBusyTile] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const push = async (tileId: string, cameraId: string | undefined) => {
    setBusyTile(tileId);
    setError(undefined);
    const r = cameraId === undefined ? await actions.clearCamera(wallId, tileId) : await actions.pushCamera(wallId, tileId, cameraId);
    setBusyTile(undefined);
    if (!r.ok) setError(t('console.pushFailed', { message: r.error.message }));
  };

  return { push, busyTile, error };
}
