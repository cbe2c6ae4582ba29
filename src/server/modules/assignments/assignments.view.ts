import { policyVersionOn } from '../../../domain/policy/versions';
import { onPostOn, type Term, termProgress } from '../../../domain/tenure';
import type { IsoDate } from '../../../domain/time';
import type { AssignmentView } from '../../../shared/contracts/assignments';
import type { ViolationRecord } from '../policy/policy.errors';
import type { AssignmentRecord, AssignmentRow } from './assignments.repository';

/** An assignment's dates as the tenure rules read them. */
export const termOf = (a: AssignmentRecord): Term => ({
  id: a.id,
  teamRole: a.teamRole,
  startOn: a.startOn as IsoDate,
  plannedEndOn: a.plannedEndOn as IsoDate,
  endOn: (a.endOn as IsoDate | null) ?? null,
  endReason: a.endReason ?? null,
});

/** The API view of an assignment on `today` (messages stay {zh, en}: routes localise them). */
export function toAssignmentView(row: AssignmentRow, today: IsoDate): AssignmentView {
  const term = termOf(row);
  return {
    id: row.id,
    teamId: row.teamId,
    batch: row.batch,
    nominationId: row.nominationId,
    needId: row.needId,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    unitId: row.unitId,
    unitName: row.unitName,
    villageCode: row.villageCode,
    villageName: row.villageName,
    countyCode: row.countyCode,
    teamRole: term.teamRole,
    startOn: row.startOn,
    plannedEndOn: row.plannedEndOn,
    endOn: row.endOn,
    endReason: term.endReason,
    endNote: row.endNote,
    policyVersion: policyVersionOn(term.startOn),
    active: onPostOn(term, today),
    progress: termProgress(term, today),
    violations: row.violations,
    overrides: row.overrides,
    partyRelationTransferredOn: row.partyRelationTransferredOn,
    fullTimeAcknowledgedOn: row.fullTimeAcknowledgedOn,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit record keeps of an assignment. */
export const assignmentAudit = (a: AssignmentRecord) => ({
  teamId: a.teamId,
  nominationId: a.nominationId,
  cadreId: a.cadreId,
  unitId: a.unitId,
  villageCode: a.villageCode,
  teamRole: a.teamRole,
  startOn: a.startOn,
  plannedEndOn: a.plannedEndOn,
  endOn: a.endOn,
  endReason: a.endReason,
  endNote: a.endNote,
  overrides: a.overrides,
  partyRelationTransferredOn: a.partyRelationTransferredOn,
  fullTimeAcknowledgedOn: a.fullTimeAcknowledgedOn,
});

export type { ViolationRecord };
