import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CadreView } from '../../../shared/contracts/cadres';
import type {
  CreateNominationBody,
  checkNames,
  nominationStatuses,
  nominationView,
} from '../../../shared/contracts/nominations';
import type { UnitView } from '../../../shared/contracts/units';
import type { Role } from '../../../shared/dictionaries';
import { rolesFor } from '../../../shared/permissions';
import { http } from '../../app/http';
import { needKeys } from '../needs';
import type { Finding } from '../policy';
import type { Page } from '../types';

export type NominationView = z.infer<typeof nominationView>;
export type NominationStatus = (typeof nominationStatuses)[number];
export type NominationStep = NonNullable<NominationView['steps']>[number];
export type CheckName = (typeof checkNames)[number];
export type FiveChecks = Record<CheckName, 'pass' | 'fail'>;
export type Override = { ruleId: string; reason: string };
export type { CadreView, CreateNominationBody, UnitView };

export interface NominationFilters {
  region?: string;
  status?: NominationStatus;
  needId?: string;
  cadreId?: string;
  unitId?: string;
  page: number;
  pageSize: number;
}

export interface EligibilityInput {
  cadreId: string;
  needId: string;
  role: NominationView['role'];
  date?: string;
}

export interface Eligibility {
  date: string;
  policyVersion: string;
  violations: Finding[];
}

/**
 * The step names of the buttons (P21.3). Who may take which step from which state is the API's transition
 * table alone: each nomination carries `allowedSteps` for the signed-in user (issue 9), and the page shows
 * those; the server's `check` step is posted to `/checks`.
 */
export const stepNames = ['propose', 'checks', 'file', 'decide', 'reject', 'withdraw'] as const;
export type StepName = (typeof stepNames)[number];

/** Who may propose (the permission table, src/shared/permissions.ts). */
export const nominationProposers: Role[] = [...rolesFor('nominations.propose')];

/** The buttons of a nomination: the steps the API says the current user may take now. */
export const stepsOf = (n: Pick<NominationView, 'allowedSteps'>): StepName[] =>
  n.allowedSteps
    .map((s) => (s === 'check' ? 'checks' : s))
    .filter((s): s is StepName => (stepNames as readonly string[]).includes(s));

export const nominationKeys = {
  all: ['nominations'] as const,
  lists: () => [...nominationKeys.all, 'list'] as const,
  list: (filters: NominationFilters) => [...nominationKeys.lists(), filters] as const,
  detail: (id: string) => [...nominationKeys.all, 'detail', id] as const,
  eligibility: (input: EligibilityInput) => [...nominationKeys.all, 'eligibility', input] as const,
  cadres: (q: string, date: string | undefined) => ['nominations', 'cadre-options', q, date ?? ''] as const,
  cadre: (id: string, date: string | undefined) => ['nominations', 'cadre', id, date ?? ''] as const,
  units: (q: string) => ['nominations', 'unit-options', q] as const,
};

export function useNominations(filters: NominationFilters) {
  return useQuery({
    queryKey: nominationKeys.list(filters),
    queryFn: ({ signal }) =>
      http.get<Page<NominationView>>('/api/nominations', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNomination(id: string | undefined) {
  return useQuery({
    queryKey: nominationKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      http
        .get<{ nomination: NominationView }>(`/api/nominations/${id}`, { signal })
        .then((r) => r.nomination),
    enabled: Boolean(id),
    retry: false,
  });
}

/** The rules' findings for a cadre in a role for a need on a date, before anything is written. */
export function useEligibility(input: Partial<EligibilityInput>) {
  const ready = Boolean(input.cadreId && input.needId && input.role);
  return useQuery({
    queryKey: nominationKeys.eligibility(input as EligibilityInput),
    queryFn: ({ signal }) => http.post<Eligibility>('/api/nominations/eligibility', input, { signal }),
    enabled: ready,
    retry: false,
  });
}

/** Cadres to pick a candidate from (searched by name), with their facts on the nomination date. */
export function useCadreOptions(q: string, date: string | undefined) {
  return useQuery({
    queryKey: nominationKeys.cadres(q, date),
    queryFn: ({ signal }) =>
      http.get<Page<CadreView>>('/api/cadres', {
        query: { q: q || undefined, date, pageSize: 30 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCadre(id: string | undefined, date?: string) {
  return useQuery({
    queryKey: nominationKeys.cadre(id ?? '', date),
    queryFn: ({ signal }) =>
      http.get<{ cadre: CadreView }>(`/api/cadres/${id}`, { query: { date }, signal }).then((r) => r.cadre),
    enabled: Boolean(id),
    retry: false,
  });
}

/** Dispatching units to filter by (searched by name). */
export function useUnitOptions(q: string) {
  return useQuery({
    queryKey: nominationKeys.units(q),
    queryFn: ({ signal }) =>
      http.get<Page<UnitView>>('/api/units', { query: { q: q || undefined, pageSize: 50 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: nominationKeys.all }),
      // A need counts its candidates.
      queryClient.invalidateQueries({ queryKey: needKeys.all }),
    ]);
}

export function useProposeNomination() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateNominationBody) =>
      http.post<{ nomination: NominationView }>('/api/nominations', input).then((r) => r.nomination),
    onSuccess: invalidate,
  });
}

export type StepInput =
  | { step: 'checks'; checks: FiveChecks; note?: string; overrides?: Override[] }
  | { step: 'file' | 'decide'; note?: string; overrides?: Override[] }
  | { step: 'reject' | 'withdraw'; reason: string };

/** One step of the procedure on a nomination; the answer is the nomination with its steps. */
export function useNominationStep(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ step, ...body }: StepInput) =>
      http
        .post<{ nomination: NominationView }>(`/api/nominations/${id}/${step}`, body)
        .then((r) => r.nomination),
    onSuccess: (nomination) => {
      queryClient.setQueryData(nominationKeys.detail(id), nomination);
      return invalidate();
    },
  });
}
