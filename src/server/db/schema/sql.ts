import { sql } from 'drizzle-orm';

/** A literal list for CHECK constraints over a dictionary's values (`col in ('a', 'b')`). */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
