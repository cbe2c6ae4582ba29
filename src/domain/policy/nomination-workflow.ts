// The selection procedure (选派程序, RULES.md §3, P21.3) as a transition table: from which state, to which,
// who may, what must be given. No step can be skipped. Decisions where the text is silent:
// - Individual applications (个人报名, P21.3-apply) are entered by the unit's personnel department on the
//   cadre's behalf, with source `application`: the text has the personnel department propose every
//   candidate (由派出单位组织人事部门提出人选), so a cadre never proposes directly.
// - The five checks (P21.3-checks) are recorded as one step by the unit's personnel department or the
//   organisation department (各地区各部门各单位党委（党组）及组织部门…要严把…五关). All pass → checked; any
//   fail → rejected, the failed checks being the reason (a candidate who fails a check is not sent).
// - Filing (P21.3-file) is by the organisation department, recorded as co-filed with the rural-work,
//   agriculture and revitalisation departments; the decision (P21.3-decide) by the unit's party committee.
// - Rejection and withdrawal are possible from every open state (proposed, checked, filed) with a reason
//   of at least MIN_REASON_LENGTH characters; a decided nomination is closed (it becomes an assignment,
//   which has its own end and recall). Rejection: organisation department, personnel department or party
//   committee; withdrawal: the personnel department that proposed.
// - Moving a decided nomination to another need of the county during matching is a step (`move`) that
//   keeps its state and is recorded like the others.
// - The system administrator has no part in personnel decisions (P21.3-file, P21.3-decide): it corrects
//   records through audited admin actions that name whom it represents; leading group, township, cadre, village
//   committees and inspectors see nominations but take no step.
// - The same procedure applies to nominations dated before 2021-05-11: the 2017 text sets none.
import { type Role, roleLabels } from '../../shared/dictionaries';
import type { LocalisedText } from '../../shared/errors';
import { type Capability, capabilitiesOf, rolesFor } from '../../shared/permissions';
import {
  allowedSteps,
  type TransitionTable,
  type Vocabulary,
  transition as workflowTransition,
} from '../workflow';
import type { RuleId } from './catalogue';
import { isSubstantialReason, MIN_REASON_LENGTH } from './violations';

export const nominationStates = ['proposed', 'checked', 'filed', 'decided', 'rejected', 'withdrawn'] as const;
export type NominationState = (typeof nominationStates)[number];

export const nominationSteps = ['propose', 'check', 'file', 'decide', 'reject', 'withdraw', 'move'] as const;
export type NominationStep = (typeof nominationSteps)[number];

export const openNominationStates = [
  'proposed',
  'checked',
  'filed',
] as const satisfies readonly NominationState[];

export const checkNames = ['political', 'conduct', 'ability', 'workStyle', 'integrity'] as const;
export type CheckName = (typeof checkNames)[number];
export type CheckResult = 'pass' | 'fail';
export type FiveChecks = Record<CheckName, CheckResult>;

export const stateLabels: Record<NominationState | 'none', LocalisedText> = {
  none: { zh: '未提出', en: 'not proposed' },
  proposed: { zh: '已提出人选', en: 'proposed' },
  checked: { zh: '已审核', en: 'checked' },
  filed: { zh: '已备案', en: 'filed' },
  decided: { zh: '已研究确定', en: 'decided' },
  rejected: { zh: '未通过', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

export const checkLabels: Record<CheckName, LocalisedText> = {
  political: { zh: '政治关', en: 'political' },
  conduct: { zh: '品行关', en: 'conduct' },
  ability: { zh: '能力关', en: 'ability' },
  workStyle: { zh: '作风关', en: 'work style' },
  integrity: { zh: '廉洁关', en: 'integrity' },
};

export interface NominationTransition {
  step: NominationStep;
  label: LocalisedText;
  /** States the step starts from; null is "no nomination yet". */
  from: readonly (NominationState | null)[];
  /** Where it leads; null: the nomination stays in its state (moving it to another need). */
  to: NominationState | null;
  /** Where the check step goes when a check fails. */
  toOnFail?: NominationState;
  /** Capabilities of src/shared/permissions.ts, any one of which lets an actor take the step. */
  who: readonly Capability[];
  /** What the step must be given besides the capability. */
  needs: 'checks' | 'reason' | null;
  ruleId: RuleId;
}

// P21.3-file, P21.3-decide (issue 9 correction 5): the system administrator takes no personnel decision, so
// it holds none of nominations.check/file/decide; it corrects records by audited admin actions instead.
export const nominationTransitions: readonly NominationTransition[] = [
  {
    step: 'propose',
    label: { zh: '提出人选', en: 'propose' },
    from: [null],
    to: 'proposed',
    who: ['nominations.propose'],
    needs: null,
    ruleId: 'P21.3-propose',
  },
  {
    step: 'check',
    label: { zh: '五关审核', en: 'record the five checks' },
    from: ['proposed'],
    to: 'checked',
    toOnFail: 'rejected',
    who: ['nominations.check'],
    needs: 'checks',
    ruleId: 'P21.3-checks',
  },
  {
    step: 'file',
    label: { zh: '备案', en: 'file' },
    from: ['checked'],
    to: 'filed',
    who: ['nominations.file'],
    needs: null,
    ruleId: 'P21.3-file',
  },
  {
    step: 'decide',
    label: { zh: '研究确定', en: 'decide' },
    from: ['filed'],
    to: 'decided',
    who: ['nominations.decide'],
    needs: null,
    ruleId: 'P21.3-decide',
  },
  {
    step: 'reject',
    label: { zh: '不予选派', en: 'reject' },
    from: openNominationStates,
    to: 'rejected',
    who: ['nominations.reject'],
    needs: 'reason',
    ruleId: 'P21.3-checks',
  },
  {
    step: 'withdraw',
    label: { zh: '撤回', en: 'withdraw' },
    from: openNominationStates,
    to: 'withdrawn',
    who: ['nominations.withdraw'],
    needs: 'reason',
    ruleId: 'P21.3-propose',
  },
  {
    // Matching places a decided candidate in another need of the county (P21.3-compose): the nomination
    // follows the placement, stays decided, and the move is a recorded step.
    step: 'move',
    label: { zh: '调整到另一选派需求', en: 'move to another need' },
    from: ['decided'],
    to: null,
    who: ['teams.compose'],
    needs: null,
    ruleId: 'P21.3-compose',
  },
];

const byStep = new Map(nominationTransitions.map((t) => [t.step, t]));

export interface StepInput {
  checks?: Partial<Record<CheckName, string>>;
  reason?: string;
}

export type TransitionResult =
  | { ok: true; to: NominationState; ruleId: RuleId; failedChecks: CheckName[] }
  | { ok: false; reason: 'FORBIDDEN' | 'INVALID_STATE' | 'INVALID_INPUT'; message: LocalisedText };

const join = (xs: LocalisedText[], lang: 'zh' | 'en') =>
  xs.map((x) => x[lang]).join(lang === 'zh' ? '、' : ', ');

function checkFailures(checks: StepInput['checks']): CheckName[] | null {
  if (!checks) return null;
  const values = checkNames.map((c) => checks[c]);
  if (values.some((v) => v !== 'pass' && v !== 'fail')) return null;
  return checkNames.filter((c) => checks[c] === 'fail');
}

const guards = {
  reason: (input: StepInput) =>
    isSubstantialReason(input.reason)
      ? undefined
      : {
          zh: `请填写理由（至少${MIN_REASON_LENGTH}个字）`,
          en: `Give a reason (at least ${MIN_REASON_LENGTH} characters)`,
        },
  checks: (input: StepInput) =>
    checkFailures(input.checks)
      ? undefined
      : {
          zh: `请逐项填写五关审核结论（${join(Object.values(checkLabels), 'zh')}：通过或不通过）`,
          en: `Record each of the five checks (${join(Object.values(checkLabels), 'en')}) as pass or fail`,
        },
};

/** The procedure as rows of the workflow primitive (one row per starting state). */
export const nominationTable: TransitionTable<NominationState, NominationStep, Capability, StepInput> =
  nominationTransitions.flatMap((t) =>
    t.from.map((from) => ({
      from,
      step: t.step,
      to: t.to ?? (from as NominationState),
      who: t.who,
      ...(t.needs ? { guard: guards[t.needs] } : {}),
    })),
  );

const words: Vocabulary<NominationState, NominationStep, Capability> = {
  record: { zh: '人选', en: 'nomination' },
  stateLabel: (s) => stateLabels[s ?? 'none'],
  stepLabel: (step) => transitionFor(step).label,
  capabilityHolders: (c) => {
    const labels = rolesFor(c).map((r) => roleLabels[r]);
    return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
  },
};

/** The step's table row. */
export const transitionFor = (step: NominationStep): NominationTransition =>
  byStep.get(step) as NominationTransition;

/**
 * Whether users with `roles` may take `step` from `state` (null: no nomination yet), and where it leads.
 * Checked in this order: the capability (FORBIDDEN), the state (INVALID_STATE), the input (INVALID_INPUT).
 */
export function transition(
  state: NominationState | null,
  step: NominationStep,
  roles: readonly Role[],
  input: StepInput = {},
): TransitionResult {
  const t = transitionFor(step);
  const answer = workflowTransition(
    nominationTable,
    state,
    step,
    { capabilities: capabilitiesOf(roles) },
    input,
    words,
  );
  if (!answer.ok) return answer;
  if (t.needs === 'checks') {
    const failed = checkFailures(input.checks) ?? [];
    const to = failed.length > 0 ? (t.toOnFail ?? answer.to) : answer.to;
    return { ok: true, to, ruleId: t.ruleId, failedChecks: failed };
  }
  return { ok: true, to: answer.to, ruleId: t.ruleId, failedChecks: [] };
}

/** The steps users with `roles` may take from `state` (for buttons); input requirements aside. */
export const availableSteps = (state: NominationState | null, roles: readonly Role[]): NominationStep[] =>
  allowedSteps(nominationTable, state, capabilitiesOf(roles));

export const isOpenNomination = (state: NominationState): boolean =>
  (openNominationStates as readonly NominationState[]).includes(state);
