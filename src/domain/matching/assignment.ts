// Exact rectangular assignment: choose at most one column per row and at most one row per column so
// that the total score is as large as possible. Rows may stay unassigned (a slot nobody can fill, or one
// whose filling would lower the total); forbidden cells are never used.
//
// Method: the Hungarian method as shortest augmenting paths (the Jonker–Volgenant augmentation): rows
// join one at a time, each by a Dijkstra search over reduced costs that dual potentials keep
// non-negative. O(n²·m) at worst for n ≤ m, i.e. O(n³); in practice most rows find a free column after
// a few scans, and rows with identical scores are scanned once per search. Every array is typed and
// allocated once per call.

/** A cell that may not be used. */
export const FORBIDDEN = Number.NEGATIVE_INFINITY;

export interface ScoreMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Row-major scores, `scores[row * cols + col]`; `FORBIDDEN` (−Infinity) marks a cell that may not be used. */
  readonly scores: Float64Array;
}

export interface Assignment {
  /** The column of each row, or −1 when the row stays unassigned. */
  readonly colOfRow: Int32Array;
  /** The row of each column, or −1 when the column is not used. */
  readonly rowOfCol: Int32Array;
  /** The sum of the scores of the cells used. */
  readonly total: number;
}

export type AssignmentSolver = (matrix: ScoreMatrix) => Assignment;

/** A rows × cols matrix with every cell forbidden. */
export function createScoreMatrix(rows: number, cols: number): ScoreMatrix {
  checkDimension(rows, 'rows');
  checkDimension(cols, 'cols');
  return { rows, cols, scores: new Float64Array(rows * cols).fill(FORBIDDEN) };
}

/** A matrix from nested arrays; `null` or −Infinity marks a forbidden cell. Every row has the same length. */
export function scoreMatrixFrom(cells: ReadonlyArray<ReadonlyArray<number | null>>): ScoreMatrix {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const matrix = createScoreMatrix(rows, cols);
  cells.forEach((row, r) => {
    if (row.length !== cols) throw new RangeError(`row ${r} has ${row.length} cells, expected ${cols}`);
    row.forEach((score, c) => {
      matrix.scores[r * cols + c] = score ?? FORBIDDEN;
    });
  });
  return matrix;
}

/**
 * The assignment of greatest total score. A row stays unassigned when it has no allowed cell left or
 * when every way of using it would lower the total (cells with a negative score are never worth using;
 * a cell scoring exactly 0 may or may not be used). Ties are resolved deterministically by the order of
 * rows and columns, so the same matrix always gives the same answer.
 */
export function maximiseAssignment(matrix: ScoreMatrix): Assignment {
  checkMatrix(matrix);
  const { rows, cols, scores } = matrix;
  // The search adds rows one at a time and needs rows ≤ columns; a tall matrix is solved transposed.
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  // Maximising Σ max(score, 0) over complete assignments, with forbidden cells worth 0, is the same as
  // maximising Σ score over partial assignments: any partial assignment completes with cells worth ≥ 0,
  // and dropping the forbidden and negative cells of a complete one loses nothing.
  const cost = new Float64Array(n * m);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const s = scores[r * cols + c] as number;
      cost[transposed ? c * m + r : r * m + c] = s > 0 ? -s : 0;
    }
  }
  const colOfSearchRow = minimiseCompleteAssignment(cost, n, m);

  const colOfRow = new Int32Array(rows).fill(-1);
  const rowOfCol = new Int32Array(cols).fill(-1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = colOfSearchRow[i] as number;
    const r = transposed ? j : i;
    const c = transposed ? i : j;
    const s = scores[r * cols + c] as number;
    // A forbidden cell (−Infinity) or a negative one stands for leaving the row unassigned.
    if (s < 0) continue;
    colOfRow[r] = c;
    rowOfCol[c] = r;
    total += s;
  }
  return { colOfRow, rowOfCol, total };
}

/**
 * Minimum-cost assignment of every one of n rows to a distinct column among m ≥ n, all costs finite.
 * Rows join one at a time, each by a shortest augmenting path (Dijkstra over reduced costs, gathering
 * every column at the current distance at once, as LAPJV's augmentation does). Dual: column potentials
 * v, all 0 at the start; free columns keep v = 0 and used ones only decrease, which is what makes a
 * rectangular assignment optimal. A placed row's potential is implicit, u_i = cost[i][x_i] − v[x_i], and
 * reduced costs cost − u − v stay ≥ 0 for every placed row.
 */
function minimiseCompleteAssignment(cost: Float64Array, n: number, m: number): Int32Array {
  const v = new Float64Array(m);
  const colOfRow = new Int32Array(n).fill(-1);
  const rowOfCol = new Int32Array(m).fill(-1);
  const dist = new Float64Array(m);
  const pred = new Int32Array(m);
  // cols[0, lo): scanned; cols[lo, hi): at the current minimum distance, not yet scanned;
  // cols[hi, m): farther.
  const cols = new Int32Array(m);
  // Two rows with the same costs relax the same edges: within one search only the first is scanned.
  const rowClass = classifyRows(cost, n, m);
  const scannedIn = new Int32Array(n).fill(-1);

  for (let root = 0; root < n; root++) {
    const rootOff = root * m;
    for (let j = 0; j < m; j++) {
      dist[j] = (cost[rootOff + j] as number) - (v[j] as number);
      pred[j] = root;
      cols[j] = j;
    }
    scannedIn[rowClass[root] as number] = root;
    let lo = 0;
    let hi = 0;
    let min = 0;
    let end = -1;
    while (end < 0) {
      if (lo === hi) {
        // Gather every column at the next minimum distance; a free one among them ends the search.
        // A free column always exists (fewer than n ≤ m rows are placed) and every cost is finite,
        // so lo < m here.
        min = dist[cols[lo] as number] as number;
        hi = lo + 1;
        for (let k = lo + 1; k < m; k++) {
          const j = cols[k] as number;
          const d = dist[j] as number;
          if (d <= min) {
            if (d < min) {
              hi = lo;
              min = d;
            }
            cols[k] = cols[hi] as number;
            cols[hi++] = j;
          }
        }
        for (let k = lo; k < hi; k++) {
          const j = cols[k] as number;
          if ((rowOfCol[j] as number) < 0) {
            end = j;
            break;
          }
        }
        if (end >= 0) break;
      }
      // Scan one column at the minimum: relax the edges of the row that holds it.
      const j1 = cols[lo++] as number;
      const i = rowOfCol[j1] as number;
      const cls = rowClass[i] as number;
      if (scannedIn[cls] === root) continue;
      scannedIn[cls] = root;
      const iOff = i * m;
      const h = (cost[iOff + j1] as number) - (v[j1] as number) - min;
      for (let k = hi; k < m; k++) {
        const j = cols[k] as number;
        const d = (cost[iOff + j] as number) - (v[j] as number) - h;
        if (d < (dist[j] as number)) {
          dist[j] = d;
          pred[j] = i;
          if (d === min) {
            if ((rowOfCol[j] as number) < 0) {
              end = j;
              break;
            }
            cols[k] = cols[hi] as number;
            cols[hi++] = j;
          }
        }
      }
    }

    // Columns scanned before the last distance move closer; the rest keep their potential.
    for (let k = 0; k < lo; k++) {
      const j = cols[k] as number;
      v[j] = (v[j] as number) + (dist[j] as number) - min;
    }
    // Flip the path: every row on it moves to the column it was reached through.
    let j = end;
    for (;;) {
      const i = pred[j] as number;
      rowOfCol[j] = i;
      const previous = colOfRow[i] as number;
      colOfRow[i] = j;
      if (i === root) break;
      j = previous;
    }
  }
  return colOfRow;
}

/**
 * Rows with identical costs share a class (the member slots of one need, for instance). Skipping a
 * class already scanned in a search is exact: both rows are tight at their reduced-cost minimum, so
 * the later one, reached at a distance no smaller, can only offer longer paths.
 */
function classifyRows(cost: Float64Array, n: number, m: number): Int32Array {
  const rowClass = new Int32Array(n);
  const bits = new Uint32Array(cost.buffer, cost.byteOffset, cost.length * 2);
  const rowsByHash = new Map<number, number[]>();
  const sameRow = (a: number, b: number) => {
    for (let j = 0; j < m; j++) if (cost[a * m + j] !== cost[b * m + j]) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    let hash = 0x811c9dc5;
    for (let k = 2 * i * m; k < 2 * (i + 1) * m; k++)
      hash = Math.imul(hash ^ (bits[k] as number), 0x01000193);
    const candidates = rowsByHash.get(hash);
    const twin = candidates?.find((r) => sameRow(r, i));
    if (twin !== undefined) {
      rowClass[i] = rowClass[twin] as number;
    } else {
      rowClass[i] = i;
      if (candidates) candidates.push(i);
      else rowsByHash.set(hash, [i]);
    }
  }
  return rowClass;
}

function checkDimension(value: number, name: string) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

function checkMatrix({ rows, cols, scores }: ScoreMatrix) {
  checkDimension(rows, 'rows');
  checkDimension(cols, 'cols');
  if (scores.length !== rows * cols)
    throw new RangeError(`scores has ${scores.length} cells, expected ${rows * cols}`);
  for (let k = 0; k < scores.length; k++) {
    const s = scores[k] as number;
    if (Number.isNaN(s) || s === Number.POSITIVE_INFINITY) {
      throw new RangeError(`cell ${k} has score ${s}: use a finite number or FORBIDDEN`);
    }
  }
}
