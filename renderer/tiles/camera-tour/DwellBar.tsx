import { useState } from 'react';

interface Props {
  dwellMs: number;
  elapsedMs: number;
}

/**
 * The remaining time of a step as a shrinking bar, run by the browser's animation clock rather than
 * by re-renders. The delay is fixed at mount: a CSS animation counts from when it started, so a later
 * elapsed time would move it ahead. Key it by the step's start to restart it at each switch.
 */
export function DwellBar({ dwellMs, elapsedMs }: Props) {
  const [startAt] = useState(elapsedMs);
  return (
    <div className="camera-tour-progress" aria-hidden="true">
      <div className="camera-tour-progress-bar" style={{ animationDuration: `${dwellMs}ms`, animationDelay: `${-startAt}ms` }} />
    </div>
  );
}
