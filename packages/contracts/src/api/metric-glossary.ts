import { metricLabels, summaryMetricKeys } from './cohort-analytics';

/** Terms of a single tie (SPEC §6.2) and of a person's position, beside the summary metrics (§6.3, §6.5). */
export const tieTermKeys = ['strength', 'tiers', 'intensity', 'reciprocity', 'averageDepth'] as const;
export const glossaryTermKeys = [...tieTermKeys, ...summaryMetricKeys, 'networkRoles'] as const;
export type GlossaryTermKey = (typeof glossaryTermKeys)[number];

export type GlossaryFamily = 'tie' | 'network' | 'structure' | 'habit';

export interface GlossaryEntry {
  /** The name the glossary lists it under (the summary metrics' names are `metricLabels`). */
  readonly term: string;
  /** Other names the app shows it under ("Network size", "People felt heard"). */
  readonly alsoShownAs: readonly string[];
  readonly family: GlossaryFamily;
  /** One sentence in plain words: what it tells a person (the tooltip). */
  readonly explanation: string;
  /** How it is computed, in words (SPEC §6; formulas in docs/metrics.md). */
  readonly computation: string;
}

/** The glossary's sections, in the order they are read. */
export const glossaryFamilies: readonly { readonly family: GlossaryFamily; readonly title: string }[] = [
  { family: 'tie', title: 'A single relationship' },
  { family: 'network', title: 'A person’s network' },
  { family: 'structure', title: 'Position in the organisation’s network' },
  { family: 'habit', title: 'The six habits (the last 90 days)' },
];

const entry = (
  family: GlossaryFamily,
  term: string,
  explanation: string,
  computation: string,
  alsoShownAs: readonly string[] = [],
): GlossaryEntry => ({ term, alsoShownAs, family, explanation, computation });

/**
 * Every metric term the app and the reports show, explained once, in the same words
 * everywhere (docs/metrics.md holds the formulas; sections named as in SPEC §6).
 */
export const metricGlossary: Record<GlossaryTermKey, GlossaryEntry> = {
  // §6.1–6.2
  strength: entry(
    'tie',
    'Relationship strength',
    'How strong a tie between two people is, from 0 to 100, built from what they did together recently and how evenly both reach out.',
    'Every interaction, piece of help, introduction and thank-you note adds weight to the pair: in person counts most and e-mail least, a longer meeting more than a short one, a meeting at the other person’s office a quarter more, and a group meeting is shared among its members. The weights fade to half every 90 days (intensity). Strength is 100 × (1 − e^(−intensity ÷ 3)), kept whole for a balanced tie and cut to 70% for a one-sided one.',
    ['Strength'],
  ),
  tiers: entry(
    'tie',
    'Strength tiers',
    'A name for how strong a tie is: core, strong, developing, weak or not active.',
    'Core from strength 80, strong from 60, developing from 30, weak from 10; below 10 a tie is not active and no network figure counts it.',
    ['Tier', 'Core', 'Strong', 'Developing', 'Weak', 'Inactive'],
  ),
  intensity: entry(
    'tie',
    'Intensity',
    'How much two people have done together lately, with older contacts counting for less.',
    'The sum of the weights of everything that added to the tie, each halved for every 90 days since it happened: a meeting today counts fully, one 90 days ago half, one 180 days ago a quarter.',
    ['Recent intensity'],
  ),
  reciprocity: entry(
    'tie',
    'Balance (reciprocity)',
    'How evenly both people take the first step: 100% when each starts as often as the other, 0% when only one side ever does.',
    'Counts what each side started (interactions they initiated, help they gave, introductions they made, notes they sent): balance = 1 − the difference between the two counts ÷ their total, and 0 when neither started anything. A one-sided tie keeps 70% of the strength its intensity earns; a balanced one keeps all of it.',
    ['Balance', 'Reciprocity'],
  ),
  averageDepth: entry(
    'tie',
    'Average depth',
    'How long two people’s interactions usually last, where 1 is a 30-minute meeting.',
    'Each interaction’s depth is its duration ÷ 30 minutes, kept between 0.5 and 2 (1 when the duration is unknown); this is the mean over the pair’s interactions.',
  ),
  // §6.3, first part
  size: entry(
    'network',
    metricLabels.size,
    'How many colleagues a person has an active tie with.',
    'Ties with a strength of at least 10 on the day shown.',
    ['Network size'],
  ),
  strongTies: entry(
    'network',
    metricLabels.strongTies,
    'The ties strong enough to rely on: the strong and core tiers.',
    'Active ties with a strength of at least 60.',
  ),
  supportSystem: entry(
    'network',
    metricLabels.supportSystem,
    'The close, two-way relationships a person can turn to when it matters.',
    'Ties with a strength of at least 80 and a balance of at least 50% (both sides reach out).',
  ),
  crossDepartmentTies: entry(
    'network',
    metricLabels.crossDepartmentTies,
    'Active ties with people in another department.',
    'Active ties whose colleague’s current department differs from the person’s own.',
    ['Across departments'],
  ),
  crossFunctionTies: entry(
    'network',
    metricLabels.crossFunctionTies,
    'Active ties with people in another function.',
    'Active ties whose colleague’s current function differs from the person’s own.',
  ),
  diversity: entry(
    'network',
    metricLabels.diversity,
    'How varied a person’s ties are across departments, functions, locations, seniority and expertise, from 0% (all alike) to 100% (as spread as the organisation allows).',
    'For each of the five dimensions, the share of the person’s tie strength going to each category is squared and summed, and one minus that sum (the Blau index) is divided by its largest possible value for the organisation’s number of categories; a colleague’s strength is split evenly over their expertise tags. Diversity is the mean over the dimensions with at least two categories.',
    ['Diversity'],
  ),
  expertiseCoverage: entry(
    'network',
    metricLabels.expertiseCoverage,
    'The share of the organisation’s areas of expertise that someone in a person’s network has.',
    'Distinct expertise tags among the colleagues of active ties ÷ all expertise tags in the organisation.',
  ),
  // §6.5
  feltHeard: entry(
    'habit',
    metricLabels.feltHeard,
    'How heard colleagues felt in the conversations a person started, from their own ratings.',
    'Habit 1. The mean of the counterparts’ 1–5 “felt heard” ratings of interactions the person started in the last 90 days, × 20; shown from 3 ratings.',
    ['People felt heard'],
  ),
  targets: entry(
    'habit',
    metricLabels.targets,
    'The share of the people on a person’s networking target list they now have a real tie with.',
    'Habit 2. Targets listed with a tie of strength 30 or more ÷ all targets listed.',
    ['Networking targets reached'],
  ),
  theirOffice: entry(
    'habit',
    metricLabels.theirOffice,
    'How often a person goes to the other person’s place for an in-person one-to-one.',
    'Habit 3. In-person one-to-ones the person started in the last 90 days that were held in the other person’s office ÷ all of them.',
    ['Meets on their ground'],
  ),
  value: entry(
    'habit',
    metricLabels.value,
    'Whether a person gives more than they take: help given and introductions made against help received.',
    'Habit 4. 100 × given ÷ (given + received) over the last 90 days, where given is help given plus introductions made and received is help received; none when neither happened.',
    ['Adds value'],
  ),
  probing: entry(
    'habit',
    metricLabels.probing,
    'How much a person asks questions rather than tells stories in the conversations they start.',
    'Habit 5. 100 × questions ÷ (questions + stories), as recorded on the interactions the person started in the last 90 days.',
    ['Asks and listens'],
  ),
  thankYou: entry(
    'habit',
    metricLabels.thankYou,
    'How often a first meeting with someone new is followed by a thank-you note within a week.',
    'Habit 6. First-ever in-person or video meetings with a new person that the person started in the last 90 days and followed with a note to them within 7 days ÷ all such first meetings; the handwritten share is shown beside it.',
    ['Says thank you'],
  ),
  // §6.3, structural metrics
  pageRankPercentile: entry(
    'structure',
    metricLabels.pageRankPercentile,
    'How well networked a person is compared with everyone else, where strong ties to well-networked people count most.',
    'PageRank (damping 0.85) on the organisation’s graph of active ties weighted by strength; the percentile is the share of people whose PageRank is at or below the person’s, so “top 5%” means the 95th percentile or above.',
    ['Well-networked'],
  ),
  effectiveSize: entry(
    'structure',
    metricLabels.effectiveSize,
    'How many of a person’s contacts bring something the others do not, since ties inside a tight group repeat each other.',
    'Burt’s effective size, as NetworkX computes it on the strength-weighted graph: each contact counts 1, less the part of that tie the person’s other contacts already cover, summed over contacts.',
  ),
  constraint: entry(
    'structure',
    metricLabels.constraint,
    'How closed in a person’s network is, with their time invested in a few contacts who all know each other; lower leaves more room to bridge groups.',
    'Burt’s constraint, as NetworkX computes it on the strength-weighted graph: for each contact, the share of the person’s tie strength invested in them directly and through mutual contacts, squared, summed over contacts; a fall is the improvement.',
  ),
  betweenness: entry(
    'structure',
    metricLabels.betweenness,
    'How often a person is the bridge on the shortest path between two other colleagues.',
    'The share of shortest paths between every other pair of people that pass through the person, each active tie counting as one step, from 0 to 1.',
  ),
  clustering: entry(
    'structure',
    metricLabels.clustering,
    'How many of a person’s contacts also know each other.',
    'Active ties among the person’s contacts ÷ the ties they could have among themselves; 0 with fewer than two contacts.',
  ),
  twoStepReach: entry(
    'structure',
    metricLabels.twoStepReach,
    'How many people a person can reach directly or through one introduction.',
    'People reachable in one or two steps over active ties.',
  ),
  networkRoles: entry(
    'structure',
    'Network roles',
    'Central connector, broker or peripheral: where a person’s position stands out from everyone else’s in the organisation.',
    'Central connector: active ties in the top 10% of the organisation; broker: betweenness in the top 10% and constraint in the lowest 25%; peripheral: active ties in the lowest 10%.',
    ['Central connector', 'Broker', 'Peripheral'],
  ),
};
