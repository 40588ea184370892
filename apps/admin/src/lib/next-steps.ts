import { formatDate, formatNumber } from './format';

/**
 * Up to three plain sentences that open a page: what changed, and what to do next
 * (the person page, the cohort page, the manager page). Pure: the screens gather the figures.
 */
export type NextSteps = readonly string[];

const numberWords = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const countWord = (n: number) => numberWords[n] ?? String(n);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const shown = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1);

/** How a habit is practised, said as the next thing to do (the programme's six habits). */
export const habitAdvice: Record<string, string> = {
  feltHeard: 'ask, then listen, so that people feel heard',
  targets: 'list a few well-networked people you do not know yet, and meet them',
  theirOffice: 'meet people in their office rather than yours',
  value: 'offer help or an introduction before asking for anything',
  probing: 'ask more questions than you tell stories',
  thankYou: 'send a note within a week of a first meeting',
};

export interface PersonFigures {
  readonly crossDepartmentTies: number;
  readonly size: number;
}

export interface PersonStepsInput {
  /** The person's first name, or null on their own page ("you"). */
  readonly name: string | null;
  readonly department: string;
  readonly now: PersonFigures;
  /** The same figures 30 days before (null while unknown). */
  readonly before: PersonFigures | null;
  readonly since: string;
  /** First meetings waiting for a thank-you note, soonest due first. */
  readonly notesDue: readonly { readonly name: string; readonly daysLeft: string }[];
  readonly recommendation: {
    readonly candidateName: string;
    readonly topShare: number;
    readonly adds: readonly string[];
    readonly introducerName: string | null;
  } | null;
}

/** "Your ties outside Product grew from 2 to 5 since 1 Sept 2026." and the like, for one person. */
export function personNextSteps(input: PersonStepsInput): NextSteps {
  const own = input.name === null;
  const whose = own ? 'Your' : `${input.name}’s`;
  const you = own ? 'you' : input.name!;
  const steps: string[] = [];
  const { now, before } = input;
  const since = formatDate(input.since);
  if (before) {
    const outside = `${whose} ties outside ${input.department}`;
    if (now.crossDepartmentTies !== before.crossDepartmentTies)
      steps.push(
        `${outside} ${now.crossDepartmentTies > before.crossDepartmentTies ? 'grew' : 'fell'} from ${before.crossDepartmentTies} to ${now.crossDepartmentTies} since ${since}.`,
      );
    else if (now.size !== before.size)
      steps.push(
        `${whose} network ${now.size > before.size ? 'grew' : 'shrank'} from ${before.size} to ${now.size} active ties since ${since}.`,
      );
    else
      steps.push(
        `${whose} network is as it was on ${since}: ${now.size} active ties, ${now.crossDepartmentTies} outside ${input.department}.`,
      );
  }
  const [first] = input.notesDue;
  if (first) {
    const n = input.notesDue.length;
    steps.push(
      `${countWord(n)} first ${plural(n, 'meeting', 'meetings')}${own ? '' : ` of ${input.name}’s`} ${plural(n, 'is', 'are')} still waiting for a thank-you note (${first.name}, ${first.daysLeft}).`,
    );
  }
  const r = input.recommendation;
  if (r) {
    const adds = r.adds.length > 0 ? ` and brings ${r.adds.slice(0, 2).join(' and ')}` : '';
    const intro = r.introducerName
      ? `, and ${r.introducerName} can introduce ${you}`
      : `: ${own ? 'reach out' : 'they can reach out'} directly`;
    steps.push(`${r.candidateName} is well networked (top ${r.topShare}%)${adds}${intro}.`);
  }
  return steps.slice(0, 3);
}

export interface GroupMetric {
  readonly metric: string;
  readonly label: string;
  readonly baseline: number | null;
  readonly now: number | null;
  readonly isHabit: boolean;
}

export interface GroupStepsInput {
  /** "participant" (a cohort) or "person" (a manager's organisation). */
  readonly member: string;
  /** "the cohort started on 6 Oct 2026", "7 Sept 2026". */
  readonly since: string;
  readonly metrics: readonly GroupMetric[];
  /** A third sentence particular to the group (its own ties, its silo index), if any. */
  readonly extra?: string | null;
}

/** The median member's ties across departments since the start, the weakest habit and what to do about it. */
export function groupNextSteps(input: GroupStepsInput): NextSteps {
  const steps: string[] = [];
  const across = input.metrics.find((m) => m.metric === 'crossDepartmentTies' && m.baseline !== null && m.now !== null);
  const size = input.metrics.find((m) => m.metric === 'size' && m.baseline !== null && m.now !== null);
  const change = across ?? size;
  if (change) {
    const what = change === across ? 'ties across departments' : 'active ties';
    const verb = change.now! > change.baseline! ? 'grew' : change.now! < change.baseline! ? 'fell' : 'stayed';
    steps.push(
      verb === 'stayed'
        ? `The median ${input.member}’s ${what} stayed at ${shown(change.now!)} since ${input.since}.`
        : `The median ${input.member}’s ${what} ${verb} from ${shown(change.baseline!)} to ${shown(change.now!)} since ${input.since}.`,
    );
  }
  const habits = input.metrics.filter((m) => m.isHabit && m.now !== null).sort((a, b) => a.now! - b.now!);
  const weakest = habits[0];
  if (weakest)
    steps.push(
      `${weakest.label} is the habit with the lowest median now (${shown(weakest.now!)} of 100): ${habitAdvice[weakest.metric] ?? 'practise it next'}.`,
    );
  if (input.extra) steps.push(input.extra);
  return steps.slice(0, 3);
}
