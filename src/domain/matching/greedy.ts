import type { Assignment, ScoreMatrix } from './assignment';

// The baseline the exact solver is measured against (tests and bench/matching.bench.ts): take the
// best remaining allowed cell while its row and column are both free. Never used to answer a county.

/** Greedy assignment: allowed cells with a score ≥ 0 by score descending (ties: row, then column), taken when free. */
export function greedyAssignment({ rows, cols, scores }: ScoreMatrix): Assignment {
  const cells: number[] = [];
  for (let k = 0; k < scores.length; k++) if ((scores[k] as number) >= 0) cells.push(k);
  cells.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);

  const colOfRow = new Int32Array(rows).fill(-1);
  const rowOfCol = new Int32Array(cols).fill(-1);
  let total = 0;
  let placed = 0;
  const most = Math.min(rows, cols);
  for (const k of cells) {
    if (placed === most) break;
    const r = Math.floor(k / cols);
    const c = k - r * cols;
    if ((colOfRow[r] as number) >= 0 || (rowOfCol[c] as number) >= 0) continue;
    colOfRow[r] = c;
    rowOfCol[c] = r;
    total += scores[k] as number;
    placed++;
  }
  return { colOfRow, rowOfCol, total };
}
