// 公务出差、培训 (issue 10 item 6) as a transition table on the workflow primitive (src/domain/workflow). A trip
// or training is reported to the township and counts at once; only where the settings in force on its first
// day ask for approval (tripNeedsApproval, settable down to the county) does the report wait (pending) for the
// township party committee of the village, which approves (→ reported) or rejects with a reason (→ rejected).
// Self-approval is refused by the service.
import type { Role } from '../../shared/dictionaries';
import type { LocalisedText } from '../../shared/errors';
import { type Capability, capabilitiesOf, holdersOf } from '../../shared/permissions';
import { allowedSteps, type TransitionAnswer, type TransitionTable, transition } from '../workflow';
import type { TripStatus } from './ledger';

export type TripStep = 'report' | 'approve' | 'reject';

/** The settings in force on the trip's first day. */
export interface TripStepInput {
  needsApproval: boolean;
}

export const tripTable: TransitionTable<TripStatus, TripStep, Capability, TripStepInput> = [
  { from: null, step: 'report', to: 'pending', who: ['trips.report'] },
  { from: 'pending', step: 'approve', to: 'reported', who: ['trips.approve'] },
  { from: 'pending', step: 'reject', to: 'rejected', who: ['trips.approve'] },
];

const stateLabels: Record<TripStatus | 'none', LocalisedText> = {
  none: { zh: '未报备', en: 'not reported' },
  pending: { zh: '待乡镇审批', en: 'waiting for the township' },
  reported: { zh: '已报备', en: 'reported' },
  rejected: { zh: '未批准', en: 'refused' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};
export const tripStatusLabel = (s: TripStatus | null) => stateLabels[s ?? 'none'];
const stepLabels: Record<TripStep, LocalisedText> = {
  report: { zh: '报备出差或培训', en: 'report a trip or training' },
  approve: { zh: '审批出差或培训', en: 'approve a trip or training' },
  reject: { zh: '不批准出差或培训', en: 'refuse a trip or training' },
};

/**
 * The step from `status`: a report waits for the township only where the settings ask for approval; without
 * that setting there is no approval step and the report is `reported` at once.
 */
export function tripTransition(
  status: TripStatus | null,
  step: TripStep,
  roles: readonly Role[],
  input: TripStepInput,
): TransitionAnswer<TripStatus> {
  const t = transition(tripTable, status, step, { capabilities: capabilitiesOf(roles) }, input, {
    record: { zh: '出差或培训报备', en: 'trip or training report' },
    stateLabel: tripStatusLabel,
    stepLabel: (s) => stepLabels[s],
    capabilityHolders: holdersOf,
  });
  if (t.ok && step === 'report' && !input.needsApproval) return { ok: true, from: null, to: 'reported' };
  return t;
}

export const tripStepsFor = (status: TripStatus, roles: readonly Role[]) =>
  allowedSteps(tripTable, status, capabilitiesOf(roles)).filter(
    (s): s is Exclude<TripStep, 'report'> => s !== 'report',
  );
