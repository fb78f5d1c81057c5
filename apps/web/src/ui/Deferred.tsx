import { useEffect, useRef, useState } from 'react';

/**
 * Renders its children once their place comes near the viewport, or when the page is printed: heavy parts below
 * the fold (the chart, what-if) do not hold up the first screen. `minHeight` keeps the place, so nothing moves
 * when they arrive.
 */
export function Deferred({ children, minHeight }: { children: React.ReactNode; minHeight: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (show) return;
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setShow(true);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShow(true);
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
    const print = () => setShow(true);
    window.addEventListener('beforeprint', print);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [show]);
  return (
    <div ref={ref} style={show ? undefined : { minHeight }}>
      {show ? children : null}
    </div>
  );
}
