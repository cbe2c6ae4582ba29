import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditRecord, auditVerdict } from '../../../shared/contracts/audit';
import { http } from '../../app/http';
import type { Page } from '../types';

export type AuditRecord = z.infer<typeof auditRecord>;
export type AuditVerdict = z.infer<typeof auditVerdict>;

export interface AuditFilters {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  page: number;
  pageSize: number;
}

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};

export function useAuditLog(filters: AuditFilters) {
  return useQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ signal }) => http.get<Page<AuditRecord>>('/api/audit', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Walks the whole chain on the server; an action the administrator starts, so a mutation. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => http.get<AuditVerdict>('/api/audit/verify') });
}
