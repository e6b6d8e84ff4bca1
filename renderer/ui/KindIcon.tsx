import type { ReactNode } from 'react';

const paths: Record<string, ReactNode> = {
  camera: (
    <>
      <rect x="2" y="6" width="14" height="12" rx="2" />
      <polygon points="16,10 22,6 22,18 16,14" />
    </>
  ),
  'camera-grid': (
    <>
      <rect x="2" y="2" width="9" height="9" rx="1" />
      <rect x="13" y="2" width="9" height="9" rx="1" />
      <rect x="2" y="13" width="9" height="9" rx="1" />
      <rect x="13" y="13" width="9" height="9" rx="1" />
    </>
  ),
  'camera-tour': (
    <>
      <rect x="2" y="6" width="14" height="12" rx="2" />
      <polyline points="18,8 22,12 18,16" fill="none" strokeWidth="2.5" />
    </>
  ),
  chart: <polyline points="2,20 8,12 13,16 22,4" fill="none" strokeWidth="2.5" />,
  kpi: (
    <>
      <rect x="3" y="13" width="4" height="8" />
      <rect x="10" y="8" width="4" height="13" />
      <rect x="17" y="3" width="4" height="18" />
    </>
  ),
  'alert-grid': (
    <>
      <rect x="2" y="4" width="20" height="3" />
      <rect x="2" y="10" width="20" height="3" />
      <rect x="2" y="16" width="20" height="3" />
    </>
  ),
  text: <polygon points="3,3 21,3 21,7 14,7 14,21 10,21 10,7 3,7" />,
  records: (
    <>
      <rect x="2" y="3" width="20" height="4" />
      <rect x="2" y="10" width="5" height="3" />
      <rect x="9" y="10" width="13" height="3" />
      <rect x="2" y="16" width="5" height="3" />
      <rect x="9" y="16" width="13" height="3" />
    </>
  ),
  ranking: (
    <>
      <rect x="2" y="3" width="20" height="4" />
      <rect x="2" y="10" width="14" height="4" />
      <rect x="2" y="17" width="8" height="4" />
    </>
  ),
  clock: (
    <>
      <circle cx="12" cy="12" r="9" fill="none" strokeWidth="2.5" />
      <polyline points="12,6 12,12 16,15" fill="none" strokeWidth="2.5" />
    </>
  ),
};

/** A schematic mark for a tile kind in the console's wall miniature. */
export function KindIcon({ kind }: { kind: string }) {
  return (
    <svg className="kind-icon" viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" stroke="currentColor" strokeWidth="0" aria-hidden="true">
      {paths[kind] ?? <circle cx="12" cy="12" r="4" />}
    </svg>
  );
}
