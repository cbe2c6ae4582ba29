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
 * Who may take which step from which state (P21.3; the API's transition table decides, this only shows the
 * buttons a user may press): propose and withdraw by the unit's personnel department, the five checks by it or
 * the organisation department, filing by the organisation department, the decision by the unit's party committee.
 */
export const nominationSteps = {
  propose: { from: [], who: ['unit_hr', 'sys_admin'] },
  checks: { from: ['proposed'], who: ['unit_hr', 'org_admin', 'sys_admin'] },
  file: { from: ['checked'], who: ['org_admin', 'sys_admin'] },
  decide: { from: ['filed'], who: ['unit_committee', 'sys_admin'] },
  reject: {
    from: ['proposed', 'checked', 'filed'],
    who: ['org_admin', 'unit_hr', 'unit_committee', 'sys_admin'],
  },
  withdraw: { from: ['proposed', 'checked', 'filed'], who: ['unit_hr', 'sys_admin'] },
} as const satisfies Record<string, { from: readonly NominationStatus[]; who: readonly Role[] }>;
export type StepName = keyof typeof nominationSteps;

export const nominationProposers: Role[] = [...nominationSteps.propose.who];

/** The steps users with `roles` may take on a nomination in `status`. */
export const stepsFor = (status: NominationStatus, roles: readonly Role[]): StepName[] =>
  (Object.keys(nominationSteps) as StepName[]).filter((name) => {
    const s = nominationSteps[name];
    return (s.from as readonly string[]).includes(status) && s.who.some((r) => roles.includes(r));
  });

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
