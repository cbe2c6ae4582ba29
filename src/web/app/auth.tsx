import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { Role } from '../../shared/dictionaries';
import { rolesFor } from '../../shared/permissions';
import { replaceSession, type SessionInfo, sessionKeys, useSessionQuery } from '../api/session';
import { FullPageSpin } from '../components/FullPageSpin';
import { setUnauthenticatedHandler } from './http';

interface AuthState {
  session: SessionInfo | null;
  /** The last session ended without the user signing out (idle timeout, password reset): say so on the login page. */
  expired: boolean;
  clearExpired: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

/** Asks the API who is signed in (GET /api/session) once on load, and follows sign-in, sign-out and expiry. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const sessionQuery = useSessionQuery();
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (queryClient.getQueryData(sessionKeys.current)) setExpired(true);
      replaceSession(queryClient, null);
    });
    return () => setUnauthenticatedHandler(undefined);
  }, [queryClient]);

  const session = sessionQuery.data ?? null;
  const value = useMemo<AuthState>(
    () => ({ session, expired: expired && !session, clearExpired: () => setExpired(false) }),
    [session, expired],
  );
  if (sessionQuery.isPending) return <FullPageSpin />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() outside AuthProvider');
  return value;
}

/** The signed-in user; only inside the signed-in part of the app. */
export function useSession(): SessionInfo {
  const { session } = useAuth();
  if (!session) throw new Error('useSession() without a session');
  return session;
}

export const hasRole = (session: SessionInfo | null, ...roles: Role[]) =>
  Boolean(session?.roles.some((r) => roles.includes(r)));

/**
 * Who may open which part of the app: the permission table the API enforces (src/shared/permissions.ts);
 * this only hides what would be refused.
 */
export const access = {
  users: [...rolesFor('users.manage')],
  audit: [...rolesFor('audit.read')],
  verifyAudit: [...rolesFor('audit.verify')],
};
