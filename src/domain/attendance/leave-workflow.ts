// 请销假 (P17.4.2-leave / P21.5-leave) as a transition table on the workflow primitive (src/domain/workflow).
// The cadre asks; a leave up to the threshold is approved by the township (pending → approved); above it the
// township gives its opinion (pending → pending_county) and the county organisation department approves
// (pending_county → approved). Either approver may refuse at its step. The cadre may withdraw a leave not yet
// started, and reports the return (销假: approved → returned). Self-approval is refused by the service.
import type { Role } from '../../shared/dictionaries';
import type { LocalisedText } from '../../shared/errors';
import { type Capability, capabilitiesOf, holdersOf } from '../../shared/permissions';
import { allowedSteps, type TransitionAnswer, type TransitionTable, transition } from '../workflow';
import type { LeaveApprover } from './leave';
import type { LeaveStatus } from './ledger';

export type LeaveStep = 'request' | 'approve' | 'reject' | 'cancel' | 'return';

/** The approval route picks the rows: a township-level leave never reaches pending_county. */
export interface LeaveStepInput {
  approver: LeaveApprover;
}

const townshipLevel = (i: LeaveStepInput): LocalisedText | undefined =>
  i.approver === 'township'
    ? undefined
    : {
        zh: '超过乡镇审批天数的请假由县委组织部审批',
        en: 'leave above the threshold is approved by the county',
      };

export const leaveTable: TransitionTable<LeaveStatus, LeaveStep, Capability, LeaveStepInput> = [
  { from: null, step: 'request', to: 'pending', who: ['leave.request'] },
  // Township: approval up to the threshold; an opinion above it.
  { from: 'pending', step: 'approve', to: 'approved', who: ['leave.approveTownship'], guard: townshipLevel },
  { from: 'pending', step: 'reject', to: 'rejected', who: ['leave.approveTownship'] },
  // County organisation department: above the threshold, after the township's opinion.
  { from: 'pending_county', step: 'approve', to: 'approved', who: ['leave.approveCounty'] },
  { from: 'pending_county', step: 'reject', to: 'rejected', who: ['leave.approveCounty'] },
  { from: 'pending', step: 'cancel', to: 'cancelled', who: ['leave.cancel'] },
  { from: 'pending_county', step: 'cancel', to: 'cancelled', who: ['leave.cancel'] },
  { from: 'approved', step: 'cancel', to: 'cancelled', who: ['leave.cancel'] },
  { from: 'approved', step: 'return', to: 'returned', who: ['leave.return'] },
];

const stateLabels: Record<LeaveStatus | 'none', LocalisedText> = {
  none: { zh: '未提交', en: 'not asked' },
  pending: { zh: '待乡镇审批', en: 'waiting for the township' },
  pending_county: { zh: '待县委组织部审批', en: 'waiting for the county' },
  approved: { zh: '已批准', en: 'approved' },
  rejected: { zh: '未批准', en: 'refused' },
  cancelled: { zh: '已撤销', en: 'cancelled' },
  returned: { zh: '已销假', en: 'returned' },
};
export const leaveStatusLabel = (s: LeaveStatus | null) => stateLabels[s ?? 'none'];
const stepLabels: Record<LeaveStep, LocalisedText> = {
  request: { zh: '请假', en: 'ask for leave' },
  approve: { zh: '审批请假', en: 'approve leave' },
  reject: { zh: '不批准请假', en: 'refuse leave' },
  cancel: { zh: '撤销请假', en: 'cancel leave' },
  return: { zh: '销假', en: 'report the return' },
};

/**
 * The step from `status`: a township approval of a county-level leave is its opinion and moves the leave to
 * pending_county (P17.4.2-leave); every other move is the table's.
 */
export function leaveTransition(
  status: LeaveStatus | null,
  step: LeaveStep,
  roles: readonly Role[],
  input: LeaveStepInput,
): TransitionAnswer<LeaveStatus> {
  const t = transition(leaveTable, status, step, { capabilities: capabilitiesOf(roles) }, input, {
    record: { zh: '请假申请', en: 'leave request' },
    stateLabel: leaveStatusLabel,
    stepLabel: (s) => stepLabels[s],
    capabilityHolders: holdersOf,
  });
  if (!t.ok && t.reason === 'INVALID_INPUT' && status === 'pending' && step === 'approve') {
    return { ok: true, from: 'pending', to: 'pending_county' };
  }
  return t;
}

export const leaveStepsFor = (status: LeaveStatus, roles: readonly Role[]): LeaveStep[] =>
  allowedSteps(leaveTable, status, capabilitiesOf(roles));
