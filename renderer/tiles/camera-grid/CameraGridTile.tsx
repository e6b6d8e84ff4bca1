import { useCallback, useState } from 'react';
import { cameraGridSides } from '../../../common/tiles/camera-grid.js';
import type { PlayerState } from '../../video/mse-player.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { CameraCell } from './CameraCell.js';
import { EmptyCell } from './EmptyCell.js';
import { gridState } from './grid-state.js';

// A cell is its position and its camera: editing the layout replaces the player, and the state it reported.
const cellKeyOf = (index: number, cameraId: string) => `${index}:${cameraId}`;

export function CameraGridTile({ tile, options }: TileProps<'camera-grid'>) {
  const side = cameraGridSides[options.size];
  const [states, setStates] = useState<Record<string, PlayerState>>({});
  const onState = useCallback(
    (key: string, state: PlayerState) => setStates((prev) => (prev[key] === state ? prev : { ...prev, [key]: state })),
    [],
  );
  const state = gridState(options.cameraIds.map((id, i) => states[cellKeyOf(i, id)] ?? 'loading'));

  return (
    <TileFrame tileId={tile.id} kind="camera-grid" state={state} title={tile.title} className="camera-tile camera-grid-tile">
      <div className={`camera-grid camera-grid--${options.size}`}>
        {Array.from({ length: side * side }, (_, i) => {
          const cameraId = options.cameraIds[i];
          if (cameraId === undefined) return <EmptyCell key={`${i}:`} />;
          const key = cellKeyOf(i, cameraId);
          return <CameraCell key={key} cellKey={key} cameraId={cameraId} showName={options.showNames} fit={options.fit} onState={onState} />;
        })}
      </div>
    </TileFrame>
  );
}
