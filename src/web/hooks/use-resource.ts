import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client.js";

export type Resource<T> =
  | { readonly state: "loading" }
  | { readonly state: "failed"; readonly error: ApiError }
  | { readonly state: "ready"; readonly data: T };

export interface ResourceHandle<T> {
  readonly resource: Resource<T>;
  /** Replaces the loaded data locally, e.g. with the API's answer to a change. */
  readonly update: (change: (data: T) => T) => void;
  readonly reload: () => void;
}

/**
 * Loads data from the API while a page is shown, and again whenever `key` changes (say, the
 * organisation in the URL). Stale answers are dropped; a request in flight is aborted on unmount.
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): ResourceHandle<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: "loading" });
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ state: "ready", data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ApiError ? error : new ApiError(0, "unexpected", String(error));
        setResource({ state: "failed", error: failure });
      },
    );
    return () => controller.abort(`${key} ${generation} no longer shown`);
  }, [key, generation]);

  const update = useCallback((change: (data: T) => T) => {
    setResource((current) => (current.state === "ready" ? { state: "ready", data: change(current.data) } : current));
  }, []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { resource, update, reload };
}
