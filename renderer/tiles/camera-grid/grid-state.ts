import type { PlayerState } from '../../video/mse-player.js';
import type { TileState } from '../data-state.js';

/**
 * One state for a grid of cameras, from the players of its non-empty cells. Trouble outranks
 * waiting: a reconnecting cell makes the grid stale even while another still connects; a grid with
 * some cameras live and others lost is stale too, since it shows only part of what it should.
 */
export function gridState(cells: readonly PlayerState[]): TileState {
  if (cells.every((s) => s === 'offline')) return 'offline';
  if (cells.some((s) => s === 'reconnecting')) return 'stale';
  if (cells.some((s) => s === 'loading')) return 'loading';
  if (cells.every((s) => s === 'live')) return 'live';
  return 'stale';
}
