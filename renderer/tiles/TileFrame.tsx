import type { ReactNode } from 'react';
import type { TileState } from './data-state.js';

interface Props {
  tileId: string;
  kind: string;
  state: TileState;
  title?: string | undefined;
  /** Status line at the bottom: staleness, disconnection. */
  badge?: ReactNode;
  className?: string;
  /** Kind-specific data attributes on the root, e.g. the camera a camera tile shows. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}

/** The root of every tile: the data attributes tests and monitoring read, the title and the status line. */
export function TileFrame({ tileId, kind, state, title, badge, className, data, children }: Props) {
  return (
    <div {...data} className={`tile tile--${state} ${className ?? ''}`} data-tile-id={tileId} data-tile-kind={kind} data-state={state}>
      {title ? <div className="tile-title">{title}</div> : null}
      <div className="tile-body">{children}</div>
      {badge ? <div className="tile-badge">{badge}</div> : null}
    </div>
  );
}
