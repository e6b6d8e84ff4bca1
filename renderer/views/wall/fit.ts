export interface Size {
  width: number;
  height: number;
}

export interface Fit {
  scale: number;
  /** Offsets that centre the scaled content, letterboxed. */
  x: number;
  y: number;
}

/** Scales a display's full pixel size into the actual window: 1 on the wall itself, smaller in a preview window. */
export function fitInto(content: Size, viewport: Size): Fit {
  if (content.width <= 0 || content.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return { scale: 1, x: 0, y: 0 };
  const scale = Math.min(viewport.width / content.width, viewport.height / content.height);
  return { scale, x: (viewport.width - content.width * scale) / 2, y: (viewport.height - content.height * scale) / 2 };
}
