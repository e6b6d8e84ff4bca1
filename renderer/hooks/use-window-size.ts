import { useEffect, useState } from 'react';
import type { Size } from '../views/wall/fit.js';

const current = (): Size => ({ width: window.innerWidth, height: window.innerHeight });

export function useWindowSize(): Size {
  const [size, setSize] = useState(current);
  useEffect(() => {
    const onResize = () => setSize(current());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
