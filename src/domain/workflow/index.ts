// A workflow as a transition table (issue 9, groundwork 2): from which state, by which step, to which
// state, who may (as capabilities of src/shared/permissions.ts) and what the step must be given (a guard).
// Nominations and recalls use it; the leave, report, handover and assessment workflows will too. The server
// half (`src/server/workflow`) applies an answer with a guarded update, the step row and the audit record in
// one transaction.
import type { LocalisedText } from '../../shared/errors';

/** A guard's refusal of the step's input; undefined lets the step through. */
export type GuardRefusal = LocalisedText;

export interface TransitionRow<S extends string, Step extends string, C extends string, I = unknown> {
  /** The state the step starts from; null is "no record yet". */
  from: S | null;
  step: Step;
  to: S;
  /** Capabilities any one of which lets an actor take the step. */
  who: readonly C[];
  /** What the step must be given, checked after who and from. */
  guard?: (input: I) => GuardRefusal | undefined;
}

export type TransitionTable<
  S extends string,
  Step extends string,
  C extends string,
  I = unknown,
> = readonly TransitionRow<S, Step, C, I>[];

/** The actor as the table sees it: what it may do. */
export interface WorkflowActor<C extends string> {
  capabilities: readonly C[];
}

export type Refusal = 'FORBIDDEN' | 'INVALID_STATE' | 'INVALID_INPUT';

export type TransitionAnswer<S extends string> =
  | { ok: true; from: S | null; to: S }
  | { ok: false; reason: Refusal; message: LocalisedText };

export interface Vocabulary<S extends string, Step extends string, C extends string> {
  /** What the record is called in messages, e.g. 人选 / nomination. */
  record: LocalisedText;
  stateLabel: (s: S | null) => LocalisedText;
  stepLabel: (step: Step) => LocalisedText;
  capabilityHolders: (c: C) => LocalisedText;
}

const join = (xs: readonly LocalisedText[], lang: 'zh' | 'en') =>
  xs.map((x) => x[lang]).join(lang === 'zh' ? '、' : ', ');

/** The steps an actor with `capabilities` may take from `status` (for the view's `allowedSteps`). */
export function allowedSteps<S extends string, Step extends string, C extends string, I>(
  table: TransitionTable<S, Step, C, I>,
  status: S | null,
  capabilities: readonly C[],
): Step[] {
  const steps: Step[] = [];
  for (const row of table) {
    if (row.from === status && row.who.some((c) => capabilities.includes(c)) && !steps.includes(row.step)) {
      steps.push(row.step);
    }
  }
  return steps;
}

/**
 * Where `step` leads from `status` for `actor`, or why not. Checked in this order: who (FORBIDDEN), the
 * state (INVALID_STATE), the guard on the input (INVALID_INPUT).
 */
export function transition<S extends string, Step extends string, C extends string, I>(
  table: TransitionTable<S, Step, C, I>,
  status: S | null,
  step: Step,
  actor: WorkflowActor<C>,
  input: I,
  words: Vocabulary<S, Step, C>,
): TransitionAnswer<S> {
  const rows = table.filter((r) => r.step === step);
  const label = words.stepLabel(step);
  const who = [...new Set(rows.flatMap((r) => r.who))];
  if (!who.some((c) => actor.capabilities.includes(c))) {
    const holders = who.map(words.capabilityHolders);
    return {
      ok: false,
      reason: 'FORBIDDEN',
      message: {
        zh: `您的角色不能${label.zh}：只有${join(holders, 'zh')}可以`,
        en: `Your role cannot ${label.en}: only ${join(holders, 'en')} can`,
      },
    };
  }
  const row = rows.find((r) => r.from === status && r.who.some((c) => actor.capabilities.includes(c)));
  if (!row) {
    const from = [...new Set(rows.map((r) => r.from))].map(words.stateLabel);
    const now = words.stateLabel(status);
    return {
      ok: false,
      reason: 'INVALID_STATE',
      message: {
        zh: `${words.record.zh}当前状态为“${now.zh}”，不能${label.zh}：须处于“${join(from, 'zh')}”状态`,
        en: `The ${words.record.en} is ${now.en}, so it cannot ${label.en}: it must be ${join(from, 'en')}`,
      },
    };
  }
  const refusal = row.guard?.(input);
  if (refusal) return { ok: false, reason: 'INVALID_INPUT', message: refusal };
  return { ok: true, from: status, to: row.to };
}
