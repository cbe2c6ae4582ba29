import type { CadreFacts, Rank, UnitFacts } from '../../../domain/policy/eligibility';
import type { Strength } from '../../../domain/policy/village-categories';
import type { IsoDate } from '../../../domain/time';
import type { CadreRecord, UnitRecord } from './assignments.repository';

const STRENGTHS: readonly string[] = ['party_mass', 'economic', 'social'];

// The registry's ranks (厅局级 · 处级 · 科级 · 科员) as the eligibility rules read them: P17.2.3-leader-rank
// asks for 处科级 or above, so a bureau-level cadre counts with division level.
const RANKS: Record<string, Rank> = {
  bureau: 'division',
  division: 'division',
  section: 'section',
  staff: 'other',
};

/** A cadre of the registry as the eligibility rules of src/domain/policy read it. */
export function cadreFactsOf(cadre: CadreRecord): CadreFacts {
  return {
    birthDate: cadre.birthDate as IsoDate,
    gender: cadre.gender === 'female' ? 'female' : 'male',
    partyStatus: cadre.partyStatus,
    partyJoinedOn: (cadre.partyJoinedOn as IsoDate | null) ?? null,
    partyFullOn: (cadre.partyFullOn as IsoDate | null) ?? null,
    workStartedOn: cadre.workStartedOn as IsoDate,
    rank: cadre.rank ? (RANKS[cadre.rank] ?? 'other') : null,
    reserveCadre: cadre.reserveCadre,
    steppedDownForAge: cadre.steppedDownForAge,
    ruralExperience: cadre.ruralExperience,
    agriExpertise: cadre.agriExpertise,
    strengths: cadre.strengths.filter((s): s is Strength => STRENGTHS.includes(s)),
  };
}

export const unitFactsOf = (unit: UnitRecord): UnitFacts => ({
  kind: unit.kind,
  level: unit.level,
});
