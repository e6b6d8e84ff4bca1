import type { Severity } from '../../common/index.js';

/** A shape per severity, so severities differ without colour: octagon, triangle, diamond, circle. */
export function SeverityIcon({ severity, size = '1em' }: { severity: Severity; size?: string }) {
  return (
    <svg className={`severity-icon severity-icon--${severity}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      {severity === 'critical' ? (
        <>
          <polygon points="7,1 17,1 23,7 23,17 17,23 7,23 1,17 1,7" fill="currentColor" />
          <rect x="10.5" y="5" width="3" height="9" fill="#000" />
          <rect x="10.5" y="16" width="3" height="3" fill="#000" />
        </>
      ) : severity === 'major' ? (
        <>
          <polygon points="12,1 23,22 1,22" fill="currentColor" />
          <rect x="10.5" y="8" width="3" height="7" fill="#000" />
          <rect x="10.5" y="17" width="3" height="3" fill="#000" />
        </>
      ) : severity === 'minor' ? (
        <polygon points="12,1 23,12 12,23 1,12" fill="currentColor" />
      ) : (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <rect x="10.5" y="10" width="3" height="9" fill="#000" />
          <rect x="10.5" y="5" width="3" height="3" fill="#000" />
        </>
      )}
    </svg>
  );
}
