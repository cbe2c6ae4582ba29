import { z } from 'zod';

export const importKinds = ['cadres', 'units', 'villages'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importModes = ['all-or-nothing', 'valid-only'] as const;
export type ImportMode = (typeof importModes)[number];

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false),
  mode: z.enum(importModes).default('all-or-nothing'),
});
export type ImportQuery = z.infer<typeof importQuery>;

export const importProblem = z.object({
  /** The spreadsheet row as Excel numbers it (the header is row 1). */
  row: z.number().int(),
  /** The field of the column (e.g. idNumber); null for a problem of the whole row or file. */
  column: z.string().nullable(),
  /** The column's header as the template writes it. */
  header: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});

/**
 * ok: the rows written (with dryRun: the rows that would be written). With mode all-or-nothing a
 * single error means nothing is written.
 */
export const importReport = z.object({
  ok: z.number().int(),
  errors: z.array(importProblem),
  total: z.number().int(),
  valid: z.number().int(),
  dryRun: z.boolean(),
  mode: z.enum(importModes),
});
export type ImportReport = z.infer<typeof importReport>;
