import { useRef } from 'react';
import { useFitText } from '../../hooks/use-fit-text.js';
import type { TileProps } from '../registry.js';
import { TileFrame } from '../TileFrame.js';

/** Static text: a banner, a briefing headline; its size is the largest that fits. */
export function TextTile({ tile, options }: TileProps<'text'>) {
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, options.text);
  return (
    <TileFrame tileId={tile.id} kind="text" state="live" title={tile.title}>
      <div ref={ref} className={`text-tile text-tile--${options.size} text-tile--${options.align}`}>
        {options.text}
      </div>
    </TileFrame>
  );
}
