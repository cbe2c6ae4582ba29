import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AcceptBody,
  acceptView,
  MatchingBody,
  matchingView,
  placementView,
  unfilledView,
} from '../../../shared/contracts/matching';
import { http } from '../../app/http';
import { useInvalidateTenure } from '../assignments';

export type MatchingView = z.infer<typeof matchingView>;
export type Placement = z.infer<typeof placementView>;
export type Unfilled = z.infer<typeof unfilledView>;
export type AcceptView = z.infer<typeof acceptView>;
export type AcceptResult = AcceptView['results'][number];
export type AcceptLine = AcceptBody['placements'][number];
export type { AcceptBody, MatchingBody };

/** A placement's key: a slot of a need taken by a cadre (what `accept` answers per line). */
export const placementKey = (p: Pick<Placement, 'needId' | 'cadreId' | 'slot'>) =>
  `${p.needId}|${p.slot}|${p.cadreId}`;

/**
 * Runs the county's matching (科学搭配): open needs × available candidates, solved exactly. It writes
 * nothing — a suggestion for a person to accept — so it is a mutation only because it is a POST a user starts.
 */
export function useRunMatching() {
  return useMutation({
    mutationFn: ({ county, body }: { county: string; body: NonNullable<MatchingBody> }) =>
      http.post<MatchingView>(`/api/counties/${county}/matching`, body),
  });
}

/** Accepts chosen placements: each line is assigned or refused on its own (with the rules' findings). */
export function useAcceptPlacements() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: ({ county, body }: { county: string; body: AcceptBody }) =>
      http.post<AcceptView>(`/api/counties/${county}/matching/accept`, body),
    onSuccess: invalidate,
  });
}
