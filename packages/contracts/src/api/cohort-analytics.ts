import { z } from 'zod';
import { instant } from '../envelope';
import { cohortView } from './cohorts';

/** The metrics a cohort or a manager's organisation is summarised by (SPEC §6.6): §6.3 ego metrics and §6.5 habits. */
export const networkMetricKeys = [
  'size',
  'strongTies',
  'supportSystem',
  'crossDepartmentTies',
  'crossFunctionTies',
  'diversity',
  'expertiseCoverage',
] as const;
export const habitKeys = ['feltHeard', 'targets', 'theirOffice', 'value', 'probing', 'thankYou'] as const;
export const cohortMetricKeys = [...networkMetricKeys, ...habitKeys] as const;
export const cohortMetricKey = z.enum(cohortMetricKeys);
export type CohortMetricKey = z.infer<typeof cohortMetricKey>;
/** §6.3 structural metrics, from the structural run for each instant: in the cohort summary and per participant. */
export const structuralMetricKeys = [
  'pageRankPercentile',
  'effectiveSize',
  'constraint',
  'betweenness',
  'clustering',
  'twoStepReach',
] as const;
export const summaryMetricKeys = [...cohortMetricKeys, ...structuralMetricKeys] as const;
export const summaryMetricKey = z.enum(summaryMetricKeys);
export type SummaryMetricKey = z.infer<typeof summaryMetricKey>;

/** Median and quartiles over the people with a value (n); null when nobody has one. */
export const distribution = z.object({
  n: z.number().int(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
});
export type DistributionView = z.infer<typeof distribution>;

/** A metric at the baseline and now, as every summary of a group of people gives it. */
export const metricChangeFields = {
  label: z.string(),
  baseline: distribution,
  current: distribution,
  /** Median now − median at baseline. */
  change: z.number().nullable(),
  /** People with a value at both instants, and how many of them went up. */
  compared: z.number().int(),
  improved: z.number().int(),
};

export const metricSummary = z.object({ metric: summaryMetricKey, kind: z.enum(['network', 'habit', 'structure']), ...metricChangeFields });
export type MetricSummaryView = z.infer<typeof metricSummary>;

export const internalNetwork = z.object({
  participants: z.number().int(),
  /** Active ties (S ≥ 10) between participants. */
  ties: z.number().int(),
  possibleTies: z.number().int(),
  density: z.number().nullable(),
  meanStrength: z.number().nullable(),
  links: z.array(z.object({ a: z.uuid().toLowerCase(), b: z.uuid().toLowerCase(), strength: z.number() })),
});
export type InternalNetworkView = z.infer<typeof internalNetwork>;

/** The cohort as the cohort view describes it, and its figures at its start and as of T. */
export const cohortSummaryResponse = cohortView
  .pick({ cohortId: true, name: true, programName: true, startsOn: true, endsOn: true, goals: true })
  .extend({
    baselineAt: instant,
    asOf: instant,
    participants: z.number().int(),
    metrics: z.array(metricSummary),
    baselineNetwork: internalNetwork,
    internalNetwork,
  });
export type CohortSummaryResponse = z.infer<typeof cohortSummaryResponse>;

const metricValue = z.object({ baseline: z.number().nullable(), current: z.number().nullable(), change: z.number().nullable() });
export const cohortParticipantRow = z.object({
  personId: z.uuid().toLowerCase(),
  displayName: z.string(),
  department: z.string(),
  metrics: z.record(summaryMetricKey, metricValue),
});
export type CohortParticipantRow = z.infer<typeof cohortParticipantRow>;
export const cohortParticipantsResponse = z.object({
  cohortId: z.uuid().toLowerCase(),
  baselineAt: instant,
  asOf: instant,
  items: z.array(cohortParticipantRow),
});
export type CohortParticipantsResponse = z.infer<typeof cohortParticipantsResponse>;

export const seriesPoint = z.object({ at: instant, metrics: z.record(cohortMetricKey, distribution) });
export const cohortSeriesResponse = z.object({
  cohortId: z.uuid().toLowerCase(),
  from: instant,
  asOf: instant,
  points: z.array(seriesPoint),
});
export type CohortSeriesResponse = z.infer<typeof cohortSeriesResponse>;

/** How each metric is named to people (reports, the admin app). */
export const metricLabels: Record<SummaryMetricKey, string> = {
  size: 'Active ties',
  strongTies: 'Strong ties',
  supportSystem: 'Support system',
  crossDepartmentTies: 'Cross-department ties',
  crossFunctionTies: 'Cross-function ties',
  diversity: 'Network diversity',
  expertiseCoverage: 'Expertise coverage',
  feltHeard: 'Felt heard',
  targets: 'Targets reached',
  theirOffice: 'Their office',
  value: 'Value given',
  probing: 'Probing',
  thankYou: 'Thank-you notes',
  pageRankPercentile: 'PageRank percentile',
  effectiveSize: 'Effective size',
  constraint: 'Constraint',
  betweenness: 'Betweenness',
  clustering: 'Clustering',
  twoStepReach: 'Two-step reach',
};
/**
 * The scale each metric is read on, so that a chart never puts two scales on one axis:
 * counts of ties, counts of people, shares and indices between 0 and 1, and scores from
 * 0 to 100 (habits, PageRank percentile).
 */
export const metricScales = {
  ties: { label: 'Ties (count per person)', max: null },
  people: { label: 'People (count per person)', max: null },
  share: { label: 'Share or index (0 to 1)', max: 1 },
  score: { label: 'Score (0 to 100)', max: 100 },
} as const;
export type MetricScale = keyof typeof metricScales;
export const metricScaleOf: Record<SummaryMetricKey, MetricScale> = {
  size: 'ties',
  strongTies: 'ties',
  supportSystem: 'ties',
  crossDepartmentTies: 'ties',
  crossFunctionTies: 'ties',
  diversity: 'share',
  expertiseCoverage: 'share',
  feltHeard: 'score',
  targets: 'score',
  theirOffice: 'score',
  value: 'score',
  probing: 'score',
  thankYou: 'score',
  pageRankPercentile: 'score',
  effectiveSize: 'people',
  constraint: 'share',
  betweenness: 'share',
  clustering: 'share',
  twoStepReach: 'people',
};
export const isHabit = (key: SummaryMetricKey): boolean => (habitKeys as readonly string[]).includes(key);
export const isStructural = (key: SummaryMetricKey): boolean => (structuralMetricKeys as readonly string[]).includes(key);
