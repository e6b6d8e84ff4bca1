import { useLayoutEffect, type RefObject } from 'react';

const MIN_PX = 12;

/**
 * Shrinks an element's text from its stylesheet size until it fits the element: a layout's
 * banner may be any length, and text cut off on a wall cannot be scrolled.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.fontSize = '';
      let size = parseFloat(getComputedStyle(el).fontSize);
      const overflows = () => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      while (size > MIN_PX && overflows()) {
        size = Math.max(MIN_PX, size * 0.92);
        el.style.fontSize = `${size}px`;
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
}
