import type { MatchCandidate, MatchNeed } from './score';

// Factories for tests and the bench: a plain need or candidate, changed only where a test says so.

export const makeNeed = (overrides: Partial<MatchNeed> & Pick<MatchNeed, 'needId'>): MatchNeed => ({
  // One village per need unless a test shares a village code between needs.
  villageCode: `village-of-${overrides.needId}`,
  villageName: `village ${overrides.needId}`,
  firstSecretary: true,
  members: 0,
  activeCategories: [],
  keyAssistedCounty: false,
  pairedUnitIds: [],
  ...overrides,
});

export const makeCandidate = (
  overrides: Partial<MatchCandidate> & Pick<MatchCandidate, 'cadreId'>,
): MatchCandidate => ({
  name: `cadre ${overrides.cadreId}`,
  unitId: 'unit-plain',
  eligibleAsFirstSecretary: true,
  eligibleAsMember: true,
  strengths: [],
  ruralExperience: false,
  agriExpertise: false,
  young: false,
  reserveCadre: false,
  ...overrides,
});
