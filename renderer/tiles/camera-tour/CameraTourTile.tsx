import { useState } from 'react';
import type { PlayerState } from '../../video/mse-player.js';
import { tileStateOfPlayer } from '../camera/camera-state.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';
import { DwellBar } from './DwellBar.js';
import { dwellMs } from './tour-position.js';
import { tourPlayers } from './tour-players.js';
import { TourPlayer } from './TourPlayer.js';
import { useTourClock } from './use-tour-clock.js';

/** Long enough for a camera nobody watches to start its ffmpeg and send a first picture. */
const PRECONNECT_MS = 3000;

export function CameraTourTile({ tile, options }: TileProps<'camera-tour'>) {
  const { steps } = options;
  const { now, position } = useTourClock(steps, PRECONNECT_MS);
  const [shownState, setShownState] = useState<PlayerState>('loading');
  const dwell = dwellMs(steps[position.index]!);
  const elapsedInStep = dwell - position.remainingMs;

  return (
    <TileFrame tileId={tile.id} kind="camera-tour" state={tileStateOfPlayer(shownState)} title={tile.title} className="camera-tile camera-tour-tile">
      {tourPlayers(steps, position, PRECONNECT_MS).map((p) => (
        <TourPlayer
          key={p.key}
          cameraId={steps[p.index]!.cameraId}
          shown={p.shown}
          showName={options.showNames}
          fit={options.fit}
          counter={`${position.index + 1}/${steps.length}`}
          onShownState={setShownState}
        />
      ))}
      {/* Keyed by when the step began: the bar restarts at every switch, even in a tour of one step. */}
      <DwellBar key={now - elapsedInStep} dwellMs={dwell} elapsedMs={elapsedInStep} />
    </TileFrame>
  );
}
