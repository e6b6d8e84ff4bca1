import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIssues, type Tile } from '../../common/index.js';
import { ErrorTile } from './ErrorTile.js';
import { tileRegistry, type TileMode } from './registry.js';
import { TileErrorBoundary } from './TileErrorBoundary.js';

type Resolved = { ok: true; render: (mode: TileMode) => ReactNode } | { ok: false; message: string; details?: string };

/** Looks the tile's kind up, checks its options against the kind's schema and draws it, or an error tile. */
export function TileHost({ tile, mode }: { tile: Tile; mode: TileMode }) {
  const { t } = useTranslation();
  const resolved = useMemo((): Resolved => {
    let def;
    try {
      def = tileRegistry.get(tile.kind);
    } catch {
      return { ok: false, message: t('tile.unknownKind', { kind: tile.kind, known: tileRegistry.kinds().join(', ') }) };
    }
    const parsed = def.optionsSchema.safeParse(tile.options);
    if (!parsed.success) return { ok: false, message: t('tile.badOptions'), details: formatIssues(parsed.error) };
    const { Component } = def;
    // The definition was looked up by this tile's kind, so the tile and its parsed options are the ones Component takes.
    return { ok: true, render: (m) => <Component tile={tile as never} options={parsed.data as never} mode={m} /> };
  }, [tile, t]);

  if (!resolved.ok) return <ErrorTile tileId={tile.id} kind={tile.kind} title={tile.title} message={resolved.message} details={resolved.details} />;
  return (
    <TileErrorBoundary tile={tile} message={t('tile.crashed')}>
      {resolved.render(mode)}
    </TileErrorBoundary>
  );
}
