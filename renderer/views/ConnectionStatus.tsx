import { useTranslation } from 'react-i18next';
import { useApp } from '../state/AppContext.js';

/**
 * The link to the host. On the wall it appears only while the host is unreachable, small, in a
 * corner, over the last good picture; on the console it is always in the header.
 */
export function ConnectionStatus({ variant }: { variant: 'wall' | 'console' }) {
  const { t } = useTranslation();
  const status = useApp((s) => s.connection);
  if (variant === 'wall' && status === 'open') return null;
  return (
    <div className={`connection connection--${variant} connection--${status}`} data-connection={status} role="status">
      <span className="connection-dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </div>
  );
}
