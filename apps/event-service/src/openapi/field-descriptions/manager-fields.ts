import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

/** The figures a manager sees that k-anonymity may withhold (docs/privacy.md, "k-anonymity"). */
const suppressible = ['organisation', 'departments.figures', 'trend'];
const managerAsOf =
  'The instant to answer for (ISO 8601 with an offset), rounded down to the start of its week (Monday 00:00 UTC) so that only completed weeks are shown; now when omitted.';

/** A manager's dashboard: aggregates over their reporting subtree, never over fewer than k people (SPEC §2, §6.6). */
export const managerFields: FieldDescriptions = {
  'managerDashboard.query.asOf': managerAsOf,
  'managerReport.query.asOf': managerAsOf,
  'managerDashboard.response.managerId': 'The manager whose reporting subtree the figures cover (a UUID).',
  managerName: 'The manager’s name.',
  'managerDashboard.response.asOf':
    'The instant the figures are for: the `asOf` asked for, rounded down to the start of its week (Monday 00:00 UTC).',
  'managerDashboard.response.baselineAt': 'The baseline the changes are measured from: 90 days before the instant (ISO 8601).',
  k: 'The k of k-anonymity in force: no figure is shown over fewer people.',
  hasReports:
    'Whether anyone reports to the manager, directly or not: without reports there is no team to show (which is not the same as withheld figures).',
  'managerDashboard.response.organisation':
    'Figures over the manager’s whole reporting subtree (not the manager), or the statement that they are withheld.',
  'managerDashboard.response.departments': 'The same figures for each department of the subtree.',
  'departments.department': 'The department these figures are for.',
  'departments.figures': 'The department’s figures, or the statement that they are withheld.',
  'managerDashboard.response.trend':
    'The weekly medians of every metric, or the statement that they are withheld (whenever the whole subtree is).',

  suppressed: 'Whether the figure is withheld for k-anonymity: `false` with the figure in `value`, `true` with the `reason` instead.',
  ...fieldsUnder(suppressible, {
    reason:
      'Why it is withheld: `fewer_than_k` (the group has fewer than k people), `complementary` (it would reveal a withheld department by subtraction) or `differencing` (set against a smaller group shown inside it, it would describe fewer than k people).',
  }),
  'organisation.value': 'The group’s figures.',
  'figures.value': 'The group’s figures.',
  'trend.value': 'Thirteen points a week apart, oldest first, the last at the instant: the 12 weeks up to it.',
  'trend.value.at': 'The instant of the point: the start of a week, Monday 00:00 UTC (ISO 8601).',
  'trend.value.metrics':
    'Per metric key: the group’s median at that instant; null when fewer than k people have a value (withheld) or nobody has.',

  'value.people': 'People in the group: the figures are over them (at least k).',
  'value.metrics':
    'Every metric’s distribution over the group at the baseline and as of the instant, with its change and how many improved.',
  withheld: 'Fewer than k people of the group have a value: no median, quartile or count is given for this metric.',
  siloIndex:
    'Krackhardt’s E-I index on strength over the active ties with an end in the group: (external − internal) / (external + internal), from −1 (all inward) to +1 (all outward); null without ties.',
  bridges: 'The active ties that cross a department boundary, and how many people of the group hold one.',
  'bridges.crossDepartmentTies': 'Active ties with an end in the group whose two people are in different departments.',
  peopleBridging: 'People of the group holding at least one of those ties.',
};
