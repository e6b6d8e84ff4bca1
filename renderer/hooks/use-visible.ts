import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on screen or within `margin` of it, scrolled panels included: lists of
 * two hundred cameras load the pictures of the rows an operator can see, not all of them.
 */
export function useVisible(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => setVisible(entries.some((e) => e.isIntersecting)), { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin]);
  return visible;
}
