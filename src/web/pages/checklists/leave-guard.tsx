import { type ReactNode, useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { type BlockerFunction, useBlocker } from "react-router";

export interface LeaveGuard {
  /** The dialog that asks, while a navigation waits for the answer; render it on the page. */
  readonly dialog: ReactNode;
  /** Lets the next navigation through unasked: call it right before navigating on purpose (after a deletion). */
  readonly release: () => void;
}

/**
 * Asks before unsaved work is left behind: a link, the menu or the browser's back button to
 * another page waits for "Lämna sidan" in a dialog. Changes of the query string only (the same
 * page) pass, and closing the tab or reloading is asked by the browser itself (beforeunload).
 * `unsaved` says what would be lost, in a sentence ("Osparade ändringar i punkt 3.").
 */
export function useLeaveGuard(when: boolean, unsaved: string): LeaveGuard {
  const guarding = useRef(when);
  const released = useRef(false);
  useLayoutEffect(() => {
    guarding.current = when;
  }, [when]);
  const shouldBlock = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => {
    if (released.current) {
      released.current = false;
      return false;
    }
    return guarding.current && currentLocation.pathname !== nextLocation.pathname;
  }, []);
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  const dialog =
    blocker.state === "blocked" ? (
      <LeaveDialog unsaved={unsaved} onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />
    ) : null;
  return { dialog, release };
}

/**
 * A modal dialog (the native <dialog>, which keeps focus inside and closes with Escape):
 * staying is the first button and has focus; focus returns where it was when the user stays.
 */
function LeaveDialog({
  unsaved,
  onStay,
  onLeave,
}: {
  readonly unsaved: string;
  readonly onStay: () => void;
  readonly onLeave: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    stay.current?.focus();
    return () => {
      if (element?.open) element.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="leave-dialog"
      aria-labelledby="leave-dialog-heading"
      aria-describedby="leave-dialog-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-dialog-heading">{t("checklistPages.leave.heading")}</h2>
      <p id="leave-dialog-text">{t("checklistPages.leave.text", { unsaved })}</p>
      <div className="actions">
        <button type="button" ref={stay} onClick={onStay}>
          {t("checklistPages.leave.stay")}
        </button>
        <button type="button" className="button-secondary" onClick={onLeave}>
          {t("checklistPages.leave.leave")}
        </button>
      </div>
    </dialog>
  );
}
