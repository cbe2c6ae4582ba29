import { eq, inArray } from 'drizzle-orm';
import type { Container } from '../container';
import { type Actor, systemActor } from '../context';
import { cadres, nominations, units } from '../db/schema';

const DEMO_COUNTY = '520121';
const pass = {
  political: 'pass',
  conduct: 'pass',
  ability: 'pass',
  workStyle: 'pass',
  integrity: 'pass',
} as const;

/**
 * Candidates in the middle of the selection procedure, so the county's review journey has work on the
 * first start: needs recorded from this year's proposal and candidates of 开阳县农业农村局 at each step —
 * proposed, checked, filed (waiting for the unit's party committee) and one rejected at the five checks.
 * Runs after the teams history, on villages that have no open need by then.
 */
export async function seedSelectionDemo(
  container: Container,
): Promise<{ needs: number; nominations: number }> {
  const { services } = container;
  const db = container.database.db;
  const actor = systemActor('演示数据');
  // The system administrator takes no personnel decision (issue 9 correction 5): the demo's checks and filing
  // are entered as the county's organisation department.
  const orgDept: Actor = { ...actor, roles: ['org_admin'] };
  const [unit] = await db.select().from(units).where(eq(units.name, '开阳县农业农村局')).limit(1);
  if (!unit) return { needs: 0, nominations: 0 };

  const proposal = await services.needs.propose(actor, DEMO_COUNTY);
  // Only villages short of a first secretary once the teams on post are counted (clerk finding 1).
  const lines = proposal.items.filter((i) => !i.openNeedId && i.shortfall.firstSecretary).slice(0, 5);
  const needIds: string[] = [];
  for (const line of lines) {
    try {
      const need = await services.needs.create(actor, {
        villageCode: line.villageCode,
        firstSecretary: true,
        members: line.shortfall.members,
        strengths: line.strengths as ('party_mass' | 'economic' | 'social')[],
      });
      needIds.push(need.id);
    } catch {
      // A village the rules refuse as proposed is simply left out of the demo.
    }
  }

  const busy = new Set(
    (
      await db
        .select({ id: nominations.cadreId })
        .from(nominations)
        .where(inArray(nominations.status, ['proposed', 'checked', 'filed', 'decided']))
    ).map((r) => r.id),
  );
  // 开阳县农业农村局's free cadres first (the demo unit accounts belong to it), then other units'.
  const free = (
    await db
      .select({ id: cadres.id, unitId: cadres.unitId })
      .from(cadres)
      .where(eq(cadres.partyStatus, 'full'))
      .orderBy(cadres.id)
  ).filter((c) => !busy.has(c.id));
  const pool = [...free.filter((c) => c.unitId === unit.id), ...free.filter((c) => c.unitId !== unit.id)];

  const steps: ((id: string) => Promise<unknown>)[] = [
    async () => undefined,
    (id) => services.nominations.check(orgDept, id, pass, '五关审核均通过'),
    async (id) => {
      await services.nominations.check(orgDept, id, pass, '五关审核均通过');
      await services.nominations.file(orgDept, id, '已会同农办、农业农村、乡村振兴部门备案');
    },
    (id) =>
      services.nominations.check(orgDept, id, { ...pass, workStyle: 'fail' }, '作风关：群众反映联系基层不够'),
    async () => undefined,
  ];
  let made = 0;
  for (const [i, needId] of needIds.entries()) {
    for (const candidate of pool.splice(0, 10)) {
      try {
        const n = await services.nominations.create(actor, {
          cadreId: candidate.id,
          needId,
          role: 'first_secretary',
          source: i % 2 ? 'application' : 'recommendation',
        });
        await steps[i % steps.length]!(n.id);
        made++;
        break;
      } catch {
        // Not eligible as first secretary on today's date: try the next cadre.
      }
    }
  }
  return { needs: needIds.length, nominations: made };
}
