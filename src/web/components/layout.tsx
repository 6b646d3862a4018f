import { Outlet } from "react-router";
import { SiteFooter } from "./site-footer.js";
import { SiteHeader } from "./site-header.js";
import { SkipLink } from "./skip-link.js";

/** Every page's frame: skip link, header with navigation, main content, footer. */
export function Layout() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
