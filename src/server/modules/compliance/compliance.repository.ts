import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { inRegionPrefixes, regionScope } from '../../db/scope';

export interface CoverageGapRow {
  villageCode: string;
  villageName: string;
  categorySince: string;
  lastEnd: string | null;
}

export interface CentralUnitRow {
  unitId: string;
  unitName: string;
  targetCode: string;
  since: string;
}

export interface IdleNeedRow {
  needId: string;
  villageCode: string;
  villageName: string;
  since: string;
}

type Rows<T> = { rows: T[] };

const within = (scope: Scope, column: SQL, region?: string): SQL =>
  region
    ? sql`${regionScope(scope, column)} and ${inRegionPrefixes(column, [region])}`
    : regionScope(scope, column);

// Coverage checks as set queries over a whole region (DESIGN.md §7): one statement per rule, no loop
// over villages. An assignment is on post from its start to its actual end, or its planned end.
export function createComplianceRepository() {
  return {
    /**
     * Villages holding one of `categories` (and none of `unless`) on `date` without an assignment in one of
     * `roles` on post — the coverage predicate of src/domain/policy/coverage.ts as one set query.
     */
    async uncovered(
      db: Executor,
      scope: Scope,
      opts: {
        date: string;
        categories: readonly string[];
        unless?: readonly string[];
        roles: readonly string[];
        region?: string;
      },
    ): Promise<CoverageGapRow[]> {
      const roleFilter = sql`and a.team_role = any(${sql.param([...opts.roles])}::text[])`;
      const unless =
        opts.unless && opts.unless.length > 0
          ? sql`and not exists (select 1 from village_categories u where u.village_code = c.village_code
              and u.category = any(${sql.param([...opts.unless])}::text[])
              and u.valid_from <= ${opts.date} and (u.valid_to is null or u.valid_to >= ${opts.date}))`
          : sql``;
      const result = (await db.execute(sql`
        select c.village_code as "villageCode", coalesce(r.name, c.village_code) as "villageName",
               min(c.valid_from)::text as "categorySince",
               (select max(coalesce(a.end_on, a.planned_end_on))::text from assignments a
                 where a.village_code = c.village_code and coalesce(a.end_on, a.planned_end_on) < ${opts.date} ${roleFilter}) as "lastEnd"
        from village_categories c
        left join regions r on r.code = c.village_code
        where c.category = any(${sql.param([...opts.categories])}::text[])
          and c.valid_from <= ${opts.date} and (c.valid_to is null or c.valid_to >= ${opts.date})
          and ${within(scope, sql`c.village_code`, opts.region)}
          ${unless}
          and not exists (
            select 1 from assignments a
            where a.village_code = c.village_code and a.start_on <= ${opts.date}
              and coalesce(a.end_on, a.planned_end_on) >= ${opts.date} ${roleFilter})
        group by c.village_code, r.name
        order by c.village_code`)) as unknown as Rows<CoverageGapRow>;
      return result.rows;
    },

    /** Central units with a designated or paired task in the region that have no first secretary on post (P21.3-central). */
    async centralUnitsWithoutFirstSecretary(
      db: Executor,
      scope: Scope,
      opts: { date: string; region?: string },
    ): Promise<CentralUnitRow[]> {
      const result = (await db.execute(sql`
        select u.id::text as "unitId", u.name as "unitName", min(p.target_code) as "targetCode", min(p.valid_from)::text as since
        from unit_pairings p
        join units u on u.id = p.unit_id
        where u.level = 'central' and p.kind in ('designated', 'paired')
          and p.valid_from <= ${opts.date} and (p.valid_to is null or p.valid_to >= ${opts.date})
          and ${within(scope, sql`p.target_code`, opts.region)}
          and not exists (
            select 1 from assignments a
            where a.unit_id = u.id and a.team_role = 'first_secretary' and a.start_on <= ${opts.date}
              and coalesce(a.end_on, a.planned_end_on) >= ${opts.date})
        group by u.id, u.name
        order by u.name`)) as unknown as Rows<CentralUnitRow>;
      return result.rows;
    },

    /** Open needs recorded by `date` with no open candidate (先定村 done, 再定人 not yet). */
    async needsWithoutCandidate(
      db: Executor,
      scope: Scope,
      opts: { date: string; region?: string },
    ): Promise<IdleNeedRow[]> {
      const result = (await db.execute(sql`
        select n.id::text as "needId", n.village_code as "villageCode", coalesce(r.name, n.village_code) as "villageName",
               n.effective_on::text as since
        from village_needs n
        left join regions r on r.code = n.village_code
        where n.status = 'open' and n.effective_on <= ${opts.date}
          and ${within(scope, sql`n.village_code`, opts.region)}
          and not exists (
            select 1 from nominations m
            where m.need_id = n.id and m.status in ('proposed', 'checked', 'filed', 'decided'))
        order by n.village_code`)) as unknown as Rows<IdleNeedRow>;
      return result.rows;
    },
  };
}
export type ComplianceRepository = ReturnType<typeof createComplianceRepository>;
