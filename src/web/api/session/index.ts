import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../shared/contracts/session';
import { http, isApiError } from '../../app/http';

export type { SessionInfo };

export const sessionKeys = {
  current: ['session'] as const,
};

/**
 * Forgets everything cached for the previous user and records who is signed in now. The session query itself
 * is kept (only its data changes) so the components watching it stay subscribed.
 */
export function replaceSession(queryClient: QueryClient, session: SessionInfo | null) {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.current[0] });
  queryClient.setQueryData(sessionKeys.current, session);
}

/** The signed-in user, or null when nobody is signed in (the API answers 401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await http.get<SessionInfo>('/api/session', { expectUnauthenticated: true });
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKeys.current,
    queryFn: fetchSession,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      http.post<SessionInfo>('/api/session', input, { expectUnauthenticated: true }),
    onSuccess: (session) => replaceSession(queryClient, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => http.delete<void>('/api/session', { expectUnauthenticated: true }),
    onSettled: () => replaceSession(queryClient, null),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      http.post<void>('/api/session/password', input),
  });
}
