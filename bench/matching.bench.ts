// Matching benchmark: the exact solver against the greedy baseline, on random counties and on raw score
// matrices. A plain script, not a test: `npx tsx bench/matching.bench.ts`. Timings are medians of
// several runs after a warm-up, on whatever machine runs it.
import {
  type AssignmentSolver,
  createScoreMatrix,
  maximiseAssignment,
  type ScoreMatrix,
} from '../src/domain/matching/assignment';
import { makeCandidate, makeNeed } from '../src/domain/matching/fixtures';
import { greedyAssignment } from '../src/domain/matching/greedy';
import { type MatchInput, type MatchResult, matchCounty, objectiveOf } from '../src/domain/matching/match';
import type { Strength } from '../src/domain/matching/score';

const RUNS = 7;

/** mulberry32: a small seeded generator, so every run measures the same counties. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A county shaped like a real one: a first secretary and two members per village; 60 dispatching units,
 * of which 3 (central or provincial units with an assistance task) are paired with one village in ten.
 */
function randomCounty(villages: number, candidateCount: number, seed: number): MatchInput {
  const random = generator(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const units = Array.from({ length: 60 }, (_, u) => `unit-${u}`);
  const pairingUnits = units.slice(0, 3);
  const needs = Array.from({ length: villages }, (_, v) =>
    makeNeed({
      needId: `need-${String(v).padStart(4, '0')}`,
      villageCode: `520121${String(v).padStart(6, '0')}`,
      members: 2,
      activeCategories: ['weakPartyOrg', 'weakEconomy', 'socialConflict', 'deepPoverty'].filter(() =>
        chance(0.3),
      ),
      keyAssistedCounty: v % 3 === 0,
      pairedUnitIds: chance(0.1) ? [pick(pairingUnits)] : [],
    }),
  );
  const candidates = Array.from({ length: candidateCount }, (_, c) =>
    makeCandidate({
      cadreId: `cadre-${String(c).padStart(5, '0')}`,
      unitId: pick(units),
      proposedNeedId: chance(0.9) ? pick(needs).needId : undefined,
      proposedRole: chance(0.3) ? 'first_secretary' : 'member',
      eligibleAsFirstSecretary: chance(0.6),
      eligibleAsMember: chance(0.95),
      strengths: (['party_mass', 'economic', 'social'] as Strength[]).filter(() => chance(0.35)),
      ruralExperience: chance(0.4),
      agriExpertise: chance(0.25),
      young: chance(0.3),
      reserveCadre: chance(0.15),
    }),
  );
  return { date: '2025-03-01', needs, candidates };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time<T>(run: () => T, runs = RUNS): { ms: number; value: T } {
  const times: number[] = [];
  let value = run();
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

/** The solver, timed on its own inside matchCounty. */
function timedSolver(solver: AssignmentSolver, times: number[]): AssignmentSolver {
  return (matrix) => {
    const start = performance.now();
    const answer = solver(matrix);
    times.push(performance.now() - start);
    return answer;
  };
}

const ms = (n: number) => n.toFixed(1);
const firstSecretaries = (r: MatchResult) => r.placements.filter((p) => p.slot === 'first_secretary').length;

console.log(`Matching a county (matchCounty, end to end; median of ${RUNS} runs after a warm-up)\n`);
const countyRows = [
  [50, 170],
  [100, 330],
  [200, 670],
  [300, 1000],
  [500, 1700],
].map(([villages, candidates], k) => {
  const input = randomCounty(villages as number, candidates as number, 1000 + k);
  const solverTimes: number[] = [];
  const exact = time(() => matchCounty(input, { solver: timedSolver(maximiseAssignment, solverTimes) }));
  const greedy = time(() => matchCounty(input, { solver: greedyAssignment }));
  const slots = exact.value.placements.length + exact.value.unfilled.length;
  return {
    villages,
    slots,
    candidates,
    'exact ms': ms(exact.ms),
    'solver ms': ms(median(solverTimes)),
    'greedy ms': ms(greedy.ms),
    'exact/greedy': (exact.ms / greedy.ms).toFixed(2),
    'FS filled exact/greedy': `${firstSecretaries(exact.value)}/${firstSecretaries(greedy.value)}`,
    'filled exact/greedy': `${exact.value.placements.length}/${greedy.value.placements.length}`,
    'fit exact/greedy': `${exact.value.totalScore}/${greedy.value.totalScore}`,
    'objective gain': objectiveOf(exact.value) - objectiveOf(greedy.value),
  };
});
console.table(countyRows);

console.log('\nThe solver alone on dense score matrices (every cell allowed)\n');
function denseMatrix(rows: number, cols: number, score: (r: number, c: number) => number): ScoreMatrix {
  const matrix = createScoreMatrix(rows, cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) matrix.scores[r * cols + c] = score(r, c);
  return matrix;
}
const random = generator(7);
const matrixRows = [
  { shape: 'random integers 0–999', rows: 300, cols: 1000 },
  { shape: 'random integers 0–999', rows: 900, cols: 1000 },
  { shape: 'random integers 0–999', rows: 1000, cols: 1000 },
  { shape: 'random integers 0–999', rows: 2000, cols: 2000 },
  // A known hard case for shortest-path methods: the optimum pairs row i with column i, but every
  // row prefers the same columns, so each new row needs a long augmenting path.
  { shape: 'rank one r·c (worst case)', rows: 1000, cols: 1000 },
].map(({ shape, rows, cols }) => {
  const matrix = shape.startsWith('rank')
    ? denseMatrix(rows, cols, (r, c) => r * c)
    : denseMatrix(rows, cols, () => Math.floor(random() * 1000));
  // The worst case takes seconds a run: three are enough to show it.
  const runs = shape.startsWith('rank') ? 3 : RUNS;
  const exact = time(() => maximiseAssignment(matrix), runs);
  const greedy = time(() => greedyAssignment(matrix), runs);
  return {
    shape,
    rows,
    cols,
    'exact ms': ms(exact.ms),
    'greedy ms': ms(greedy.ms),
    'exact/greedy': (exact.ms / greedy.ms).toFixed(2),
    'total exact/greedy': `${exact.value.total}/${greedy.value.total}`,
  };
});
console.table(matrixRows);
