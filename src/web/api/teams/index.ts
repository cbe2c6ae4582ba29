import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  boardMember,
  boardNeed,
  boardVillage,
  gapView,
  teamBoardView,
  teamView,
  villageTeamsView,
} from '../../../shared/contracts/teams';
import type { Role } from '../../../shared/dictionaries';
import { rolesFor } from '../../../shared/permissions';
import { http } from '../../app/http';

export type VillageTeamsView = z.infer<typeof villageTeamsView>;
export type TeamView = z.infer<typeof teamView>;
export type GapView = z.infer<typeof gapView>;
export type TeamBoardView = z.infer<typeof teamBoardView>;
export type BoardVillage = z.infer<typeof boardVillage>;
export type BoardMember = z.infer<typeof boardMember>;
export type BoardNeed = z.infer<typeof boardNeed>;

/** Who opens a county's team board: users with a region scope (a unit sees its own cadres' villages only). */
export const teamBoardViewers: Role[] = [...rolesFor('teams.board')];

export const teamKeys = {
  all: ['teams'] as const,
  village: (code: string, date: string | undefined) =>
    [...teamKeys.all, 'village', code, date ?? ''] as const,
  board: (county: string, date: string | undefined) =>
    [...teamKeys.all, 'board', county, date ?? ''] as const,
};

/** Every team and assignment of a village in time order, with the days it had no first secretary. */
export function useVillageTeams(code: string | undefined, date?: string) {
  return useQuery({
    queryKey: teamKeys.village(code ?? '', date),
    queryFn: ({ signal }) =>
      http.get<VillageTeamsView>(`/api/villages/${code}/teams`, { query: { date }, signal }),
    enabled: Boolean(code),
    retry: false,
  });
}

/** A county's team board on a date: each village with a team or an open need, with warnings. */
export function useTeamBoard(county: string | undefined, date?: string) {
  return useQuery({
    queryKey: teamKeys.board(county ?? '', date),
    queryFn: ({ signal }) =>
      http.get<TeamBoardView>(`/api/counties/${county}/team-board`, { query: { date }, signal }),
    enabled: Boolean(county),
    // Another date of the same county keeps the board on screen while it loads; another county does not.
    placeholderData: (previous: TeamBoardView | undefined, query) =>
      query?.queryKey[2] === county ? previous : undefined,
    retry: false,
  });
}
