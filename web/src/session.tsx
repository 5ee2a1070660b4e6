/**
 * Who is signed in: the API token (kept in localStorage, as a pasted token would be) and the
 * `me` answer for it. A token the server refuses is dropped, and the page says why.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, request } from './api/client';
import { closeLiveClient } from './api/live-client';
import { MeQuery } from './api/operations';
import type { MeQuery as MeResult } from './gql/graphql';

const STORAGE_KEY = 'yidan.token';

export type Me = MeResult['me'];

export interface Session {
  token: string | null;
  me: Me | null;
  /** True while the token is being checked with `me`. */
  checking: boolean;
  /** Why the last sign-in failed, as the server said it. */
  error: ApiError | null;
  signIn(token: string): Promise<boolean>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(STORAGE_KEY));
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(token !== null);
  const [error, setError] = useState<ApiError | null>(null);

  const signIn = useCallback(async (candidate: string): Promise<boolean> => {
    setChecking(true);
    setError(null);
    try {
      const data = await request(MeQuery, {}, candidate);
      localStorage.setItem(STORAGE_KEY, candidate);
      setToken(candidate);
      setMe(data.me);
      return true;
    } catch (failure) {
      localStorage.removeItem(STORAGE_KEY);
      setToken(null);
      setMe(null);
      setError(failure instanceof ApiError ? failure : new ApiError([{ message: String(failure) }], 0));
      return false;
    } finally {
      setChecking(false);
    }
  }, []);

  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    closeLiveClient();
    setToken(null);
    setMe(null);
  }, []);

  // A token kept from an earlier visit is checked once on load.
  useEffect(() => {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored) void signIn(stored);
  }, [signIn]);

  return <SessionContext.Provider value={{ token, me, checking, error, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
