import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseSections } from "../../../core/index.js";
import { getCase, listVersions, saveCase } from "../../api/case-api.js";
import type { CaseView } from "../../api/case-types.js";
import { ApiError } from "../../api/client.js";

/** How long typing must pause before the case is saved. */
export const AUTOSAVE_DELAY_MS = 1_500;
/** Somebody who types without pausing still has their text saved this often. */
export const AUTOSAVE_MAX_WAIT_MS = 15_000;

/** What the editor changes: the text and the case's details. */
export interface CaseDraft {
  readonly title: string;
  readonly sections: CaseSections;
  readonly bodyId: string;
  readonly departmentId: string | null;
  readonly caseOfficerId: string | null;
}

export function draftOf(view: CaseView): CaseDraft {
  return {
    title: view.title,
    sections: view.sections,
    bodyId: view.bodyId,
    departmentId: view.departmentId,
    caseOfficerId: view.caseOfficerId,
  };
}

/** A newer version somebody else saved while the officer was writing. */
export interface NewerVersion {
  readonly view: CaseView;
  readonly savedByName: string | null;
}

export type SaveStatus =
  /** Nothing typed since the editor opened or since the last save. */
  | { readonly kind: "clean"; readonly savedAt: Date | null }
  /** Changes wait for a pause in typing (or for leaving the field). */
  | { readonly kind: "pending"; readonly savedAt: Date | null }
  | { readonly kind: "saving"; readonly savedAt: Date | null }
  /** The last save failed (network, validation); the next change or leaving a field tries again. */
  | { readonly kind: "failed"; readonly message: string; readonly savedAt: Date | null }
  /**
   * Somebody saved in between: autosave has stopped until the officer chooses. `newer` is null
   * when the newer version could not be fetched.
   */
  | { readonly kind: "conflict"; readonly message: string; readonly newer: NewerVersion | null }
  /** The case can no longer be changed (it was submitted meanwhile). */
  | { readonly kind: "locked"; readonly message: string };

interface AutosaveOptions {
  readonly orgId: string;
  readonly initial: CaseView;
  /** Called with the API's answer after every successful save (the version grew). */
  readonly onSaved: (view: CaseView) => void;
  /** Called when the API says the case can no longer be changed. */
  readonly onLocked: () => void;
}

/**
 * The editor's text and its saving: ~1.5 s after typing stops (at least every 15 s while typing
 * goes on) and whenever a field is left, the whole case is saved on top of the version it was
 * loaded as. If somebody else saved in
 * between, the API refuses (409 stale_case): saving stops, the newer version is fetched, and
 * the officer chooses — nothing is overwritten without being asked. Saves never overlap.
 */
export function useAutosave({ orgId, initial, onSaved, onLocked }: AutosaveOptions) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CaseDraft>(() => draftOf(initial));
  const [status, setStatus] = useState<SaveStatus>({ kind: "clean", savedAt: null });
  /** The officer's own text, kept after taking over a newer version so that it can be copied from. */
  const [ownCopy, setOwnCopy] = useState<CaseDraft | null>(null);
  const caseId = initial.id;
  const state = useRef({
    draft: draftOf(initial),
    baseVersion: initial.version,
    /** Counts changes; `saved` is the count the last successful save contained. */
    changed: 0,
    saved: 0,
    savedAt: null as Date | null,
    inFlight: null as Promise<void> | null,
    again: false,
    stopped: false,
    timer: undefined as number | undefined,
    /** When the oldest change not yet sent was made (ms), or null. */
    unsentSince: null as number | null,
  });
  const callbacks = useRef({ onSaved, onLocked, t });
  callbacks.current = { onSaved, onLocked, t };

  const fetchNewer = useCallback(
    async (message: string) => {
      try {
        const [view, versions] = await Promise.all([getCase(orgId, caseId), listVersions(orgId, caseId)]);
        const savedByName = versions.find((v) => v.version === view.version)?.savedByName ?? null;
        setStatus({ kind: "conflict", message, newer: { view, savedByName } });
      } catch {
        setStatus({ kind: "conflict", message, newer: null });
      }
    },
    [orgId, caseId],
  );

  const flush = useCallback(async (): Promise<void> => {
    const s = state.current;
    window.clearTimeout(s.timer);
    if (s.stopped) return;
    if (s.inFlight) {
      s.again = true;
      return s.inFlight;
    }
    if (s.changed === s.saved) return;
    if (s.draft.title.trim() === "") {
      setStatus({
        kind: "failed",
        message: callbacks.current.t("casePages.autosave.titleMissing"),
        savedAt: s.savedAt,
      });
      return;
    }
    const generation = s.changed;
    const snapshot = s.draft;
    s.unsentSince = null;
    setStatus({ kind: "saving", savedAt: s.savedAt });
    const run = (async () => {
      let retry = false;
      try {
        const saved = await saveCase(orgId, caseId, { ...snapshot, baseVersion: s.baseVersion });
        s.baseVersion = saved.version;
        s.saved = generation;
        s.savedAt = new Date();
        callbacks.current.onSaved(saved);
        const dirty = s.changed !== generation;
        setStatus(dirty ? { kind: "pending", savedAt: s.savedAt } : { kind: "clean", savedAt: s.savedAt });
        retry = dirty && s.again;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.code === "stale_case") {
          s.stopped = true;
          await fetchNewer(error.message);
        } else if (error instanceof ApiError && error.status === 409 && error.code === "case_not_editable") {
          s.stopped = true;
          setStatus({ kind: "locked", message: error.message });
          callbacks.current.onLocked();
        } else {
          const message = error instanceof ApiError ? error.message : String(error);
          setStatus({ kind: "failed", message, savedAt: s.savedAt });
        }
      } finally {
        s.inFlight = null;
        s.again = false;
      }
      if (retry) await flush();
    })();
    s.inFlight = run;
    return run;
  }, [orgId, caseId, fetchNewer]);

  /** Applies a change to the draft and saves after the pause. */
  const update = useCallback(
    (change: (current: CaseDraft) => CaseDraft) => {
      const s = state.current;
      s.draft = change(s.draft);
      s.changed += 1;
      setDraft(s.draft);
      if (s.stopped) return;
      setStatus((current) =>
        current.kind === "saving" ||
        current.kind === "failed" ||
        current.kind === "conflict" ||
        current.kind === "locked"
          ? current
          : { kind: "pending", savedAt: s.savedAt },
      );
      window.clearTimeout(s.timer);
      s.unsentSince ??= Date.now();
      const waited = Date.now() - s.unsentSince;
      s.timer = window.setTimeout(() => void flush(), waited >= AUTOSAVE_MAX_WAIT_MS ? 0 : AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** Replaces the editor's text with the newer version; the officer's own text stays available to copy from. */
  const takeNewer = useCallback(() => {
    if (status.kind !== "conflict" || !status.newer) return;
    const s = state.current;
    const newer = status.newer.view;
    setOwnCopy(s.draft);
    s.draft = draftOf(newer);
    s.baseVersion = newer.version;
    s.saved = s.changed;
    s.stopped = false;
    setDraft(s.draft);
    setStatus({ kind: "clean", savedAt: s.savedAt });
    callbacks.current.onSaved(newer);
  }, [status]);

  /** Saves the officer's text as the next version on top of the newer one (which stays in the history). */
  const keepMine = useCallback(() => {
    if (status.kind !== "conflict" || !status.newer) return;
    const s = state.current;
    s.baseVersion = status.newer.view.version;
    s.stopped = false;
    s.changed += 1;
    callbacks.current.onSaved(status.newer.view);
    void flush();
  }, [status, flush]);

  /** Fetches the newer version again after fetching it failed. */
  const retryNewer = useCallback(() => {
    if (status.kind === "conflict") void fetchNewer(status.message);
  }, [status, fetchNewer]);

  const hasUnsavedChanges = () => state.current.changed !== state.current.saved;

  // Leaving the page with unsaved text: the browser asks first; leaving within the app saves it.
  useEffect(() => {
    const s = state.current;
    const warn = (event: BeforeUnloadEvent) => {
      if (s.changed !== s.saved) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.clearTimeout(s.timer);
      if (s.stopped || s.changed === s.saved) return;
      const snapshot = s.draft;
      void (s.inFlight ?? Promise.resolve())
        .then(() =>
          s.changed === s.saved ? undefined : saveCase(orgId, caseId, { ...snapshot, baseVersion: s.baseVersion }),
        )
        .catch(() => undefined);
    };
  }, [orgId, caseId]);

  return {
    draft,
    status,
    ownCopy,
    update,
    flush,
    takeNewer,
    keepMine,
    retryNewer,
    dismissOwnCopy: () => setOwnCopy(null),
    hasUnsavedChanges,
  };
}
