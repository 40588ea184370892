import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

/** Where a cohort's own fields appear: created, changed, read alone, listed, summarised. */
const cohorts = ['createCohort.body', 'updateCohort.body', 'cohort.response', 'listCohorts.response.items', 'cohortSummary.response'];
const cohortVersion = 'The version of the cohort’s stream, which a change’s `expectedVersion` must match.';
const cohortBaseline = 'The baseline: the cohort’s `startsOn` at 00:00 UTC, or the instant itself when that is earlier (ISO 8601).';

/** Programmes, cohorts, their analytics (SPEC §6.6) and the record of exported reports. */
export const cohortFields: FieldDescriptions = {
  'createProgram.body.name': 'The programme’s name (1 to 200 characters).',
  'createProgram.body.description': 'What the programme is for (up to 2,000 characters).',
  'listPrograms.response.items': 'The programmes on this page.',
  programId: 'The programme’s id (a UUID).',
  'createCohort.body.programId': 'The programme the cohort belongs to (an existing programme’s id).',
  'listCohorts.query.programId': 'Only the cohorts of this programme.',
  'listPrograms.response.items.name': 'The programme’s name.',
  'listPrograms.response.items.description': 'What the programme is for; null when no description was given.',
  createdAt: 'When the programme was created (ISO 8601).',
  'listPrograms.response.items.cohorts': 'How many cohorts the programme has.',

  ...fieldsUnder(cohorts, {
    name: 'The cohort’s name (1 to 200 characters).',
    startsOn: 'The cohort’s first day (a calendar day, included); midnight UTC that day is the baseline of its metrics.',
    endsOn: 'The cohort’s last day (a calendar day, included), not before `startsOn`.',
    goals: 'What the cohort sets out to achieve, in words (up to 20 goals of 1 to 500 characters).',
  }),
  cohortId: 'The cohort’s id (a UUID).',
  programName: 'The name of the programme the cohort belongs to.',
  'cohort.response.version': cohortVersion,
  'listCohorts.response.items.version': cohortVersion,
  'listCohorts.response.items': 'The cohorts on this page, without their participants.',
  participantCount: 'How many people take part in the cohort now.',
  'cohort.response.participants': 'The people taking part in the cohort now.',
  'enrolParticipant.body.personId': 'The person to enrol (a registered person’s id).',
  'withdrawParticipant.path.personId': 'The participant to withdraw (a UUID).',
  enrolledAt: 'When the person was enrolled (ISO 8601).',

  'cohortSummary.response.baselineAt': cohortBaseline,
  'cohortParticipants.response.baselineAt': cohortBaseline,
  'cohortSummary.response.participants': 'How many people take part now: the figures are over them.',
  'cohortSummary.response.metrics':
    'Every metric’s distribution over the participants at the baseline and as of the instant, with its change and how many improved.',
  metric: 'The metric’s key, e.g. `size` or `feltHeard`.',
  'metrics.kind':
    'The family of the metric: `network` (ego metrics, SPEC §6.3), `habit` (SPEC §6.5) or `structure` (structural metrics, SPEC §6.3).',
  label: 'The metric’s name as people read it, e.g. “Active ties”.',
  'metrics.baseline': 'The metric’s distribution over the group at the baseline.',
  'metrics.current': 'The metric’s distribution over the group as of the instant.',
  'metrics.change': 'The median as of the instant minus the median at the baseline; null when either is missing.',
  compared: 'People with a value at both the baseline and the instant.',
  improved: 'Of those, the people whose own value went up (down for constraint, where a fall means fewer redundant ties).',
  n: 'How many people have a value: the figures are over them.',
  p25: 'The 25th percentile (NumPy’s linear interpolation), rounded to two decimals; null when nobody has a value.',
  median: 'The median, rounded to two decimals; null when nobody has a value.',
  p75: 'The 75th percentile (NumPy’s linear interpolation), rounded to two decimals; null when nobody has a value.',

  baselineNetwork: 'The network among the participants at the baseline.',
  internalNetwork: 'The network among the participants as of the instant.',
  ...fieldsUnder(['baselineNetwork', 'internalNetwork'], { participants: 'How many participants the network is among (n).' }),
  ties: 'Active ties (S ≥ 10) between two participants.',
  possibleTies: 'Every pair of participants, n · (n − 1) / 2: how many ties there could be.',
  density: 'ties / possibleTies, from 0 to 1; null with fewer than two participants.',
  meanStrength: 'The mean strength of those ties; null when there is none.',
  links: 'The active ties between participants, each pair once.',
  a: 'One participant of the tie (a UUID).',
  b: 'The other participant of the tie (a UUID).',

  'cohortParticipants.response.items': 'Every participant, with their value of each metric at the baseline and as of the instant.',
  'items.metrics': 'Per metric key: the participant’s value at the baseline, as of the instant, and the change.',
  'items.metrics.baseline': 'The participant’s value at the baseline; null when they have none (e.g. felt heard under three ratings).',
  'items.metrics.current': 'The participant’s value as of the instant; null when they have none.',
  'items.metrics.change': 'The value as of the instant minus the value at the baseline; null when either is missing.',
  'cohortSeries.response.from': 'The first point’s instant: the baseline (ISO 8601).',
  points: 'One point every 7 days from the baseline, then the instant itself (at most the latest 60).',
  'points.at': 'The instant of the point (ISO 8601).',
  'points.metrics': 'Per metric key: its distribution over the participants at that instant.',

  'path.format': 'The report’s file format: `csv`, `xlsx` or `pdf`; the answer comes in the matching media type.',
  'listExports.response.items': 'The reports exported, newest first.',
  exportId: 'The export’s id (a UUID).',
  'listExports.response.items.actorId': 'Who exported the report: the subject of their token.',
  subject: 'What the report is about: a cohort, or a manager’s reporting subtree.',
  'subject.kind': '`cohort` or `manager`.',
  'subject.id': 'The cohort’s id, or the manager’s person id.',
  'listExports.response.items.format': 'The file format the report was exported in: `csv`, `xlsx` or `pdf`.',
  'listExports.response.items.asOf': 'The instant the report’s figures were computed as of (ISO 8601).',
  bytes: 'The size of the exported file, in bytes.',
  exportedAt: 'When the report was exported (ISO 8601).',
};
