import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * Moves focus to the new page's h1 (or to main) after client-side navigation, so that keyboard
 * and screen-reader users start reading the new page, as after a full page load.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>("main h1") ?? document.getElementById("main");
    target?.focus();
  }, [pathname]);
  return null;
}
