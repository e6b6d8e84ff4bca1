import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  colorSchemeDark,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowStyleModule,
  themeQuartz,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';
import type { TileMode } from '../registry.js';

// Only what the alert grid uses (rows by transaction, cell refresh, row and cell classes, tooltips, the
// empty-grid text): the whole
// community bundle would double what every wall display downloads and parses. ValidationModule names
// a missing module in the console instead of failing silently.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  RenderApiModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
  LocaleModule,
  ValidationModule,
]);

const base = themeQuartz.withPart(colorSchemeDark).withParams({
  // The theme's default font comes from Google Fonts, which a wall without internet (and the CSP) cannot load.
  fontFamily: 'inherit',
  backgroundColor: '#0b1118',
  foregroundColor: '#eef3f8',
  headerBackgroundColor: '#16202c',
  headerTextColor: '#c9d6e3',
  borderColor: '#2a3646',
  rowBorder: { color: '#202b38' },
  oddRowBackgroundColor: '#0f1720',
  accentColor: '#4dabf7',
  headerFontWeight: 700,
});

/** Larger type on the wall, read from across the room; the console's rows fit more alerts. */
export const gridThemes: Record<TileMode, typeof base> = {
  wall: base.withParams({ fontSize: 28, headerFontSize: 24, rowHeight: 64, headerHeight: 56, cellHorizontalPadding: 14 }),
  console: base.withParams({ fontSize: 18, headerFontSize: 16, rowHeight: 46, headerHeight: 44, cellHorizontalPadding: 10 }),
};
