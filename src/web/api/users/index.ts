import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, UserView } from '../../../shared/contracts/users';
import type { Role } from '../../../shared/dictionaries';
import { http } from '../../app/http';
import type { Page } from '../types';

export type { CreateUserBody, UpdateUserBody, UserView };

export interface UserFilters {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (filters: UserFilters) => [...userKeys.lists(), filters] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => http.get<Page<UserView>>('/api/users', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserBody) =>
      http.post<{ user: UserView }>('/api/users', input).then((r) => r.user),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserBody }) =>
      http.patch<{ user: UserView }>(`/api/users/${id}`, changes).then((r) => r.user),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      http.post<void>(`/api/users/${id}/password`, { password }),
    onSuccess: invalidate,
  });
}
