import type { ConfirmItem, ProposalLine } from '../../api/needs';
import type { Finding } from '../../api/policy';

/** What the county chose for one village, starting from the proposal. */
export interface LineChoice {
  firstSecretary: boolean;
  members: number;
  strengths: string[];
  reason: string;
}

/**
 * What the proposal asks to send: the shortfall once the people on post are counted (clerk finding 1) —
 * a village whose team serves on is proposed nothing.
 */
export const proposedOf = (line: ProposalLine): { firstSecretary: boolean; members: number } =>
  line.shortfall;

export const choiceOf = (line: ProposalLine): LineChoice => ({
  firstSecretary: proposedOf(line).firstSecretary,
  members: proposedOf(line).members,
  strengths: [...line.strengths],
  reason: '',
});

export const peopleOf = (n: { firstSecretary: boolean; members: number }) =>
  (n.firstSecretary ? 1 : 0) + n.members;

/** People the proposal asks to send (the shortfall); 0 for a village covered by the team on post. */
export const proposedPeople = (line: ProposalLine) => peopleOf(proposedOf(line));

/** The usual team besides the first secretary (P21.5-size 队员一般不少于2人; P17.2.2-size 3 people in all). */
const USUAL_MEMBERS = 2;

/**
 * Whether the line is ticked at first: the village lacks a first secretary it should have, or its team holding
 * places falls below the usual strength. A village whose team on post serves on is not pre-selected (clerk
 * finding 1), not even when only the key county's or a priority village's extra members are short: those stay
 * proposed (shown, and ticked by "Tick proposed villages").
 */
export const preselected = (line: ProposalLine) => {
  if (line.openNeedId || proposedPeople(line) === 0) return false;
  const held = line.members - line.shortfall.members;
  return line.shortfall.firstSecretary || (line.shortfall.members > 0 && held < USUAL_MEMBERS);
};

/** Fewer people than the proposal: the server decides whether the rules ask for a reason (P21.2-reduce). */
export const isReduced = (line: ProposalLine, choice: LineChoice) => peopleOf(choice) < proposedPeople(line);

export const isChanged = (line: ProposalLine, choice: LineChoice) =>
  choice.firstSecretary !== proposedOf(line).firstSecretary ||
  choice.members !== proposedOf(line).members ||
  choice.strengths.length !== line.strengths.length ||
  choice.strengths.some((s) => !line.strengths.includes(s));

/** What the page can see before asking the server: a ticked village with nobody planned. The rules are the server's. */
export function localProblem(line: ProposalLine, choice: LineChoice): { zh: string; en: string } | null {
  if (peopleOf(choice) > 0 || proposedPeople(line) === 0) return null;
  return {
    zh: '未安排任何人员：请安排第一书记或队员，或不选此村',
    en: 'Nobody is planned: plan a first secretary or members, or leave this village out',
  };
}

export function confirmItem(line: ProposalLine, choice: LineChoice): ConfirmItem {
  const reason = choice.reason.trim();
  return {
    villageCode: line.villageCode,
    firstSecretary: choice.firstSecretary,
    members: choice.members,
    strengths: choice.strengths as ConfirmItem['strengths'],
    ...(reason ? { reason } : {}),
  };
}

interface NeedFacts {
  need?: { villageCode?: string; firstSecretary?: boolean; members?: number };
  proposed?: { villageCode?: string };
  activeCategories?: string[];
}

/**
 * The villages a 422 refusal of the confirmation is about. The server stops at the first refused line; its
 * finding's facts carry the need as submitted (with the village code), else its shape and the village's
 * categories tell which submitted lines it can be — changed lines first, as unchanged proposals pass.
 */
export function linesOfRefusal(
  findings: readonly Finding[],
  submitted: readonly { line: ProposalLine; choice: LineChoice }[],
): string[] {
  const facts = findings.find((f) => f.severity !== 'info')?.facts as NeedFacts | undefined;
  if (!facts?.need) return [];
  const named = facts.need.villageCode ?? facts.proposed?.villageCode;
  if (named && submitted.some(({ line }) => line.villageCode === named)) return [named];
  const same = (a: readonly string[] = [], b: readonly string[] = []) =>
    a.length === b.length && a.every((x) => b.includes(x));
  const matching = submitted.filter(
    ({ line, choice }) =>
      choice.firstSecretary === facts.need?.firstSecretary &&
      choice.members === facts.need?.members &&
      same(line.activeCategories, facts.activeCategories),
  );
  const changed = matching.filter(({ line, choice }) => isChanged(line, choice));
  return (changed.length > 0 ? changed : matching).map(({ line }) => line.villageCode);
}
