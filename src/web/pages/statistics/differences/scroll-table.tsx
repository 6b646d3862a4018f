import { type ReactNode, useEffect, useRef, useState } from "react";

interface ScrollTableProps {
  /** The id of the table's caption, which names the scrolling region. */
  readonly captionId: string;
  readonly children: ReactNode;
}

/**
 * The box around a table that may be wider than the screen (375 px): while it scrolls sideways
 * it is a named region the keyboard can reach, so that the arrow keys scroll it (WCAG 2.1.1).
 */
export function ScrollTable({ captionId, children }: ScrollTableProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = wrapper.current;
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
      ref={wrapper}
      className="table-wrapper scroll-contained scroll-region"
      role={scrolls ? "region" : undefined}
      aria-labelledby={scrolls ? captionId : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
