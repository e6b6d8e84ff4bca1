export type Mark = 'ok' | 'pending' | 'idle' | 'warn' | 'bad';

/** A health mark that differs in shape as well as colour: filled circle, ring, dash, triangle, cross. */
export function StateMark({ mark }: { mark: Mark }) {
  return (
    <svg className={`state-mark state-mark--${mark}`} viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true">
      {mark === 'ok' ? <circle cx="12" cy="12" r="9" fill="currentColor" /> : null}
      {mark === 'pending' ? <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="3" /> : null}
      {mark === 'idle' ? <rect x="4" y="10" width="16" height="4" fill="currentColor" /> : null}
      {mark === 'warn' ? <polygon points="12,2 23,21 1,21" fill="currentColor" /> : null}
      {mark === 'bad' ? <path d="M4 4 L20 20 M20 4 L4 20" stroke="currentColor" strokeWidth="4" /> : null}
    </svg>
  );
}
