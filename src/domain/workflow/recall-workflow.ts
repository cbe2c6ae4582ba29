// 召回调整 (P17.5.3-recall) as a transition table: the county's leading group or organisation department
// proposes; the cadre's dispatching unit (party committee or personnel department) confirms; the proposing
// office may withdraw while the unit has not answered (issue 9). The system administrator confirms nothing
// (issue 9 correction 5): it enters a unit's confirmation as an audited correction naming the unit.
import type { Role } from '../../shared/dictionaries';
import type { LocalisedText } from '../../shared/errors';
import { type Capability, capabilitiesOf, holdersOf } from '../../shared/permissions';
import { allowedSteps, type TransitionAnswer, type TransitionTable, transition } from '.';

export const recallStates = ['proposed', 'confirmed', 'withdrawn'] as const;
export type RecallState = (typeof recallStates)[number];
export type RecallStep = 'propose' | 'confirm' | 'withdraw';

export const recallTable: TransitionTable<RecallState, RecallStep, Capability> = [
  { from: null, step: 'propose', to: 'proposed', who: ['recalls.propose'] },
  { from: 'proposed', step: 'confirm', to: 'confirmed', who: ['recalls.confirm'] },
  { from: 'proposed', step: 'withdraw', to: 'withdrawn', who: ['recalls.withdraw'] },
];

const stateLabels: Record<RecallState | 'none', LocalisedText> = {
  none: { zh: '未提出', en: 'not proposed' },
  proposed: { zh: '待派出单位确认', en: 'waiting for the unit' },
  confirmed: { zh: '已确认', en: 'confirmed' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};
const stepLabels: Record<RecallStep, LocalisedText> = {
  propose: { zh: '提出召回意见', en: 'propose a recall' },
  confirm: { zh: '确认召回', en: 'confirm the recall' },
  withdraw: { zh: '撤回召回意见', en: 'withdraw the recall proposal' },
};

export const recallTransition = (
  state: RecallState | null,
  step: RecallStep,
  roles: readonly Role[],
): TransitionAnswer<RecallState> =>
  transition(recallTable, state, step, { capabilities: capabilitiesOf(roles) }, undefined, {
    record: { zh: '召回意见', en: 'recall proposal' },
    stateLabel: (s) => stateLabels[s ?? 'none'],
    stepLabel: (s) => stepLabels[s],
    capabilityHolders: holdersOf,
  });

export const recallStepsFor = (state: RecallState, roles: readonly Role[]): RecallStep[] =>
  allowedSteps(recallTable, state, capabilitiesOf(roles));
