import { Component, type ReactNode } from 'react';
import type { Tile } from '../../common/index.js';
import { ErrorTile } from './ErrorTile.js';

interface Props {
  tile: Tile;
  message: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  tile: Tile;
}

/** A tile that throws while rendering becomes an error tile; a new version of the tile gets another chance. */
export class TileErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, tile: this.props.tile };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.tile === state.tile ? null : { error: undefined, tile: props.tile };
  }

  override componentDidCatch(error: Error) {
    console.error(`ioc-wall: tile ${this.props.tile.id} (${this.props.tile.kind}) failed`, error);
  }

  override render() {
    const { tile, message, children } = this.props;
    if (this.state.error) return <ErrorTile tileId={tile.id} kind={tile.kind} title={tile.title} message={message} details={this.state.error.message} />;
    return children;
  }
}
