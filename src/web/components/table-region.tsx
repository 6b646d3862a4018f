import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

interface TableRegionProps {
  /** The id of the table's caption, which names the region. */
  readonly labelledBy: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * The box around a table that may be wider than the screen (a phone, many columns). When it
 * scrolls sideways it is a region the keyboard can reach, so that the arrow keys scroll it
 * (WCAG 2.1.1); otherwise it is a plain box and no extra tab stop.
 */
export function TableRegion({ labelledBy, className, children }: TableRegionProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={className ? `table-wrapper table-region ${className}` : "table-wrapper table-region"}
      role={scrolls ? "region" : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
