import { lastDayOf, successorOf } from '../../../domain/tenure';
import { addDays, daysBetween, type IsoDate, todayInShanghai } from '../../../domain/time';
import type { TermsEndingQuery } from '../../../shared/contracts/terms';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AssignmentRepository } from '../assignments/assignments.repository';
import { termOf } from '../assignments/assignments.view';
import type { Clock } from '../users/users.service';

/**
 * Terms ending (到期轮换): every assignment in scope whose last day (actual end once recorded, else the
 * planned end) falls within `withinDays` days from the date, both included, with its successor if one
 * is in place — the next assignment of the village in the same post (first secretary, or a place in
 * the team) that starts later and stays on beyond that day. Grouped by county.
 */
export function createTermService(deps: { db: Db; assignments: AssignmentRepository; clock: Clock }) {
  const { db, assignments, clock } = deps;
  return {
    async ending(actor: Actor, query: TermsEndingQuery) {
      const date = (query.date ?? todayInShanghai(clock.now())) as IsoDate;
      const until = addDays(date, query.withinDays);
      const rows = await assignments.endingBetween(db, actor.scope, query.region, date, until);
      const villageCodes = [...new Set(rows.map((r) => r.villageCode))];
      const countyCodes = [...new Set(rows.map((r) => r.countyCode))];
      const villageRows = await assignments.ofVillages(db, villageCodes);
      const countyNames = await assignments.villageNames(db, countyCodes);
      const byId = new Map(villageRows.map((r) => [r.id, r]));
      const terms = villageRows.map(termOf);
      const items = rows.map((r) => {
        const term = termOf(r);
        const next = successorOf(
          term,
          terms.filter((t) => byId.get(t.id)?.villageCode === r.villageCode),
        );
        const successor = next ? byId.get(next.id)! : null;
        const last = lastDayOf(term);
        return {
          assignmentId: r.id,
          cadreId: r.cadreId,
          cadreName: r.cadreName,
          unitId: r.unitId,
          unitName: r.unitName,
          villageCode: r.villageCode,
          villageName: r.villageName,
          countyCode: r.countyCode,
          teamRole: term.teamRole,
          startOn: r.startOn,
          plannedEndOn: r.plannedEndOn,
          endOn: r.endOn,
          lastDay: last,
          daysLeft: daysBetween(date, last),
          successorInPlace: successor !== null,
          successor: successor
            ? {
                assignmentId: successor.id,
                cadreId: successor.cadreId,
                cadreName: successor.cadreName,
                startOn: successor.startOn,
              }
            : null,
        };
      });
      const counties = countyCodes.map((code) => {
        const own = items.filter((i) => i.countyCode === code);
        return {
          countyCode: code,
          countyName: countyNames.get(code) ?? code,
          total: own.length,
          withoutSuccessor: own.filter((i) => !i.successorInPlace).length,
          items: own,
        };
      });
      return {
        date,
        until,
        withinDays: query.withinDays,
        region: query.region ?? null,
        total: items.length,
        withoutSuccessor: items.filter((i) => !i.successorInPlace).length,
        items,
        counties,
      };
    },
  };
}
export type TermService = ReturnType<typeof createTermService>;
