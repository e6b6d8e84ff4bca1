import { createContext } from 'react';

/**
 * The CSS scale a wall display's tiles are drawn at in this window: 1 on the wall itself, less in a
 * smaller preview window. A change of it resizes no element, so ResizeObserver never reports it:
 * tiles that care about their size on screen read it here.
 */
export const DisplayScaleContext = createContext(1);
