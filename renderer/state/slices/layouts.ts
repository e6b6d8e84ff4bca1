import type { StateCreator } from 'zustand/vanilla';
import { formatIssues, layoutSchema, type Layout } from '../../../common/index.js';
import type { AppState } from '../app-state.js';

export interface LayoutsSlice {
  layouts: Record<string, Layout>;
  setLayouts(list: readonly unknown[]): void;
  upsertLayout(raw: unknown): void;
}

export const layoutsInitial = (): Pick<LayoutsSlice, 'layouts'> => ({ layouts: {} });

/** Parses defensively: a bad layout is logged and dropped, and the wall keeps the last good one. */
function parseLayout(raw: unknown): Layout | undefined {
  const parsed = layoutSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const id = (raw as { id?: unknown } | null)?.id;
  console.warn(`ioc-wall: ignoring invalid layout ${typeof id === 'string' ? `"${id}"` : ''}, keeping the last good one\n${formatIssues(parsed.error)}`);
  return undefined;
}

export const createLayoutsSlice: StateCreator<AppState, [], [], LayoutsSlice> = (set) => ({
  ...layoutsInitial(),
  setLayouts: (list) =>
    set((s) => {
      const layouts: Record<string, Layout> = {};
      for (const raw of list) {
        const layout = parseLayout(raw);
        const id = (raw as { id?: unknown } | null)?.id;
        if (layout) layouts[layout.id] = layout;
        else if (typeof id === 'string' && s.layouts[id]) layouts[id] = s.layouts[id];
      }
      return { layouts };
    }),
  upsertLayout: (raw) => {
    const layout = parseLayout(raw);
    if (layout) set((s) => ({ layouts: { ...s.layouts, [layout.id]: layout } }));
  },
});
