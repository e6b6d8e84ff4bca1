import type { PlayerStatus } from '../../video/mse-player.js';
import type { TileState } from '../data-state.js';

/** A reconnecting player still shows its last picture, which is then stale. */
export function tileStateOfPlayer(state: PlayerStatus['state']): TileState {
  switch (state) {
    case 'live':
      return 'live';
    case 'loading':
      return 'loading';
    case 'reconnecting':
      return 'stale';
    case 'offline':
      return 'offline';
  }
}
