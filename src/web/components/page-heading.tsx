import type { ReactNode } from "react";

/** The page's one h1; focusable from script so that <RouteFocus> can move focus to it on navigation. */
export function PageHeading({ children }: { readonly children: ReactNode }) {
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
