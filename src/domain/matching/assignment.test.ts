import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  createScoreMatrix,
  FORBIDDEN,
  maximiseAssignment,
  type ScoreMatrix,
  scoreMatrixFrom,
} from './assignment';
import { greedyAssignment } from './greedy';

/** The best total over every partial assignment, by exhaustive search. */
function bruteForceBest({ rows, cols, scores }: ScoreMatrix): number {
  const used = new Array<boolean>(cols).fill(false);
  const best = (r: number): number => {
    if (r === rows) return 0;
    let value = best(r + 1);
    for (let c = 0; c < cols; c++) {
      const s = scores[r * cols + c] as number;
      if (used[c] || s === FORBIDDEN) continue;
      used[c] = true;
      value = Math.max(value, s + best(r + 1));
      used[c] = false;
    }
    return value;
  };
  return best(0);
}

/**
 * The best total by the textbook O(n²·m) Hungarian method (potentials u, v; one delta step per column),
 * a different search from the solver's, for matrices too large to enumerate.
 */
function referenceBest({ rows, cols, scores }: ScoreMatrix): number {
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cost = (i: number, j: number) => {
    const s = scores[transposed ? j * cols + i : i * cols + j] as number;
    return s > 0 ? -s : 0;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= m; j++) if ((p[j] as number) > 0) total -= cost((p[j] as number) - 1, j - 1);
  return total;
}

/** Every used cell is allowed, rows and columns are used at most once, and the total adds up. */
function expectConsistent({ rows, cols, scores }: ScoreMatrix, a: Assignment) {
  expect(a.colOfRow.length).toBe(rows);
  expect(a.rowOfCol.length).toBe(cols);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const c = a.colOfRow[r] as number;
    if (c < 0) continue;
    expect(a.rowOfCol[c]).toBe(r);
    const s = scores[r * cols + c] as number;
    expect(s).not.toBe(FORBIDDEN);
    total += s;
  }
  for (let c = 0; c < cols; c++) {
    const r = a.rowOfCol[c] as number;
    if (r >= 0) expect(a.colOfRow[r]).toBe(c);
  }
  expect(a.total).toBe(total);
}

const matrixArb = (maxRows: number, maxCols: number, cell: fc.Arbitrary<number | null>) =>
  fc
    .record({ rows: fc.integer({ min: 0, max: maxRows }), cols: fc.integer({ min: 0, max: maxCols }) })
    .chain(({ rows, cols }) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    )
    .map((cells) => (cells.length === 0 ? createScoreMatrix(0, 0) : scoreMatrixFrom(cells)));

// Few distinct values, so ties are frequent; null is a forbidden cell.
const tiedCell = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 6 }));
const wideCell = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 1000 }) },
);

describe('maximiseAssignment', () => {
  it('finds the optimum a greedy pass misses', () => {
    // Greedy takes 10 and is left with 1; the optimum pairs 9 and 8.
    const matrix = scoreMatrixFrom([
      [10, 9],
      [8, 1],
    ]);
    expect(greedyAssignment(matrix).total).toBe(11);
    const exact = maximiseAssignment(matrix);
    expect([...exact.colOfRow]).toEqual([1, 0]);
    expect(exact.total).toBe(17);
  });

  it('handles more rows than columns, leaving the worst rows unassigned', () => {
    const exact = maximiseAssignment(scoreMatrixFrom([[5], [7], [6]]));
    expect([...exact.colOfRow]).toEqual([-1, 0, -1]);
    expect([...exact.rowOfCol]).toEqual([1]);
    expect(exact.total).toBe(7);
  });

  it('handles more columns than rows', () => {
    const exact = maximiseAssignment(scoreMatrixFrom([[1, 4, 3, 2]]));
    expect([...exact.colOfRow]).toEqual([1]);
    expect([...exact.rowOfCol]).toEqual([-1, 0, -1, -1]);
  });

  it('never uses a forbidden cell, even when that leaves a row empty', () => {
    const exact = maximiseAssignment(
      scoreMatrixFrom([
        [null, 3],
        [null, 5],
      ]),
    );
    expect([...exact.colOfRow]).toEqual([-1, 1]);
    expect(exact.total).toBe(5);
  });

  it('treats −Infinity like null', () => {
    const matrix = scoreMatrixFrom([[FORBIDDEN, 2]]);
    expect([...maximiseAssignment(matrix).colOfRow]).toEqual([1]);
  });

  it('leaves a row unassigned rather than use a negative cell', () => {
    const exact = maximiseAssignment(scoreMatrixFrom([[-1, -2]]));
    expect([...exact.colOfRow]).toEqual([-1]);
    expect(exact.total).toBe(0);
  });

  it('answers empty matrices', () => {
    expect(maximiseAssignment(createScoreMatrix(0, 0)).total).toBe(0);
    expect([...maximiseAssignment(createScoreMatrix(3, 0)).colOfRow]).toEqual([-1, -1, -1]);
    expect([...maximiseAssignment(createScoreMatrix(0, 3)).rowOfCol]).toEqual([-1, -1, -1]);
    expect([...maximiseAssignment(createScoreMatrix(2, 2)).colOfRow]).toEqual([-1, -1]);
  });

  it('refuses NaN and +Infinity scores and ragged rows', () => {
    expect(() => maximiseAssignment(scoreMatrixFrom([[Number.NaN]]))).toThrow(RangeError);
    expect(() => maximiseAssignment(scoreMatrixFrom([[Number.POSITIVE_INFINITY]]))).toThrow(RangeError);
    expect(() => scoreMatrixFrom([[1, 2], [3]])).toThrow(RangeError);
    expect(() => maximiseAssignment({ rows: 2, cols: 2, scores: new Float64Array(3) })).toThrow(RangeError);
  });

  it('gives the same answer every time for a matrix full of ties', () => {
    const matrix = scoreMatrixFrom(Array.from({ length: 6 }, () => Array.from({ length: 8 }, () => 1)));
    const first = maximiseAssignment(matrix);
    const second = maximiseAssignment(matrix);
    expect([...second.colOfRow]).toEqual([...first.colOfRow]);
    expect(first.total).toBe(6);
  });

  it('equals the brute-force optimum on small matrices with ties, negatives and forbidden cells', () => {
    fc.assert(
      fc.property(matrixArb(6, 6, tiedCell), (matrix) => {
        const exact = maximiseAssignment(matrix);
        expectConsistent(matrix, exact);
        expect(exact.total).toBe(bruteForceBest(matrix));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the brute-force optimum on small matrices with spread-out scores', () => {
    fc.assert(
      fc.property(matrixArb(6, 6, wideCell), (matrix) => {
        expect(maximiseAssignment(matrix).total).toBe(bruteForceBest(matrix));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the brute-force optimum when many rows are identical (rows scanned once per search)', () => {
    const withTwins = fc
      .record({ cols: fc.integer({ min: 1, max: 6 }), distinct: fc.integer({ min: 1, max: 3 }) })
      .chain(({ cols, distinct }) =>
        fc.record({
          rows: fc.array(fc.array(tiedCell, { minLength: cols, maxLength: cols }), {
            minLength: distinct,
            maxLength: distinct,
          }),
          picks: fc.array(fc.integer({ min: 0, max: distinct - 1 }), { minLength: 1, maxLength: 6 }),
        }),
      )
      .map(({ rows, picks }) => scoreMatrixFrom(picks.map((k) => rows[k] as (number | null)[])));
    fc.assert(
      fc.property(withTwins, (matrix) => {
        const exact = maximiseAssignment(matrix);
        expectConsistent(matrix, exact);
        expect(exact.total).toBe(bruteForceBest(matrix));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the textbook Hungarian method on larger matrices with ties and twin rows', () => {
    const larger = fc.oneof(
      matrixArb(30, 30, tiedCell),
      matrixArb(30, 30, wideCell),
      // Many copies of a few rows, as the member slots of one need.
      fc
        .record({
          cols: fc.integer({ min: 1, max: 30 }),
          picks: fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }),
        })
        .chain(({ cols, picks }) =>
          fc
            .array(fc.array(tiedCell, { minLength: cols, maxLength: cols }), { minLength: 4, maxLength: 4 })
            .map((rows) => scoreMatrixFrom(picks.map((k) => rows[k] as (number | null)[]))),
        ),
    );
    fc.assert(
      fc.property(larger, (matrix) => {
        const exact = maximiseAssignment(matrix);
        expectConsistent(matrix, exact);
        expect(exact.total).toBe(referenceBest(matrix));
      }),
      { numRuns: 300 },
    );
  });

  it('is never below the greedy baseline on larger matrices', () => {
    fc.assert(
      fc.property(matrixArb(40, 40, wideCell), (matrix) => {
        const exact = maximiseAssignment(matrix);
        const greedy = greedyAssignment(matrix);
        expectConsistent(matrix, exact);
        expectConsistent(matrix, greedy);
        expect(exact.total).toBeGreaterThanOrEqual(greedy.total);
      }),
      { numRuns: 100 },
    );
  });
});

describe('greedyAssignment', () => {
  it('takes the best cells first and skips forbidden and negative ones', () => {
    const greedy = greedyAssignment(
      scoreMatrixFrom([
        [null, -1],
        [4, 2],
      ]),
    );
    expect([...greedy.colOfRow]).toEqual([-1, 0]);
    expect(greedy.total).toBe(4);
  });
});
