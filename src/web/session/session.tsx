import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, onUnauthenticated } from "../api/client.js";
import * as api from "../api/jamt-api.js";
import type { Me } from "../api/types.js";

/** Why nobody is logged in: never was (this visit), chose to log out, or the server ended the session. */
export type AnonymousReason = "initial" | "loggedOut" | "ended";

export type Session =
  | { readonly status: "loading" }
  | { readonly status: "anonymous"; readonly reason: AnonymousReason }
  | { readonly status: "authenticated"; readonly me: Me };

interface SessionContextValue {
  readonly session: Session;
  /** Rejects with ApiError (wrong password, too many attempts …). */
  readonly login: (email: string, password: string) => Promise<void>;
  readonly logout: () => Promise<void>;
  /** Re-reads the user's memberships, e.g. after an administrator changed their own roles. */
  readonly refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Holds who is logged in; asks the API once at start and follows every 401 the API answers. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: "loading" });

  const refresh = useCallback(async () => {
    try {
      const me = await api.getMe();
      setSession({ status: "authenticated", me });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      setSession({ status: "anonymous", reason: "initial" });
    }
  }, []);

  useEffect(() => {
    onUnauthenticated(() =>
      setSession((current) =>
        current.status === "authenticated" ? { status: "anonymous", reason: "ended" } : current,
      ),
    );
    refresh().catch(() => setSession({ status: "anonymous", reason: "initial" }));
    return () => onUnauthenticated(null);
  }, [refresh]);

  const login = useCallback(async (email: string, password: string) => {
    const me = await api.login(email, password);
    setSession({ status: "authenticated", me });
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // Already logged out (401) or the server is unreachable: forget the session here all the same.
    }
    setSession({ status: "anonymous", reason: "loggedOut" });
  }, []);

  const value = useMemo(() => ({ session, login, logout, refresh }), [session, login, logout, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}

/** The logged-in user. WARNING: only for pages behind <RequireLogin>; throws otherwise. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== "authenticated") throw new Error("useMe needs a logged-in user (use <RequireLogin>)");
  return session.me;
}
