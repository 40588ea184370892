import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

/** Where a structural run is reported: beside structural metrics, as the latest run, and as a run just computed. */
const structureRuns = ['structureRun', 'lastRun', 'computeStructure.response'];

/** A person's network metrics, the structural runs they come from, and the organisation's graph (SPEC §6.3). */
export const networkFields: FieldDescriptions = {
  'network.query.asOf':
    'The instant to compute the metrics as of (ISO 8601 with an offset); now when omitted, and the structural metrics then come from the latest run.',
  size: 'Active ties (S ≥ 10) as of the instant.',
  strongTies: 'Active ties with S ≥ 60.',
  supportSystem: 'Ties with S ≥ 80 and reciprocity R ≥ 0.5: the support system of deeper relationships.',
  'network.response.crossDepartmentTies': 'Active ties to people in another department.',
  crossFunctionTies: 'Active ties to people in another function.',
  diversity: 'How varied the person’s active ties are: a strength-weighted, normalised Blau index per dimension, and their mean.',
  byDimension:
    'Diversity from 0 (all alike) to 1 (evenly spread) for department, function, location, seniority and expertise; null for a dimension with fewer than two categories in the organisation.',
  composite: 'The mean diversity over the dimensions that have a value; null when none has.',
  expertiseCoverage: 'expertiseCovered / expertiseInOrganisation, from 0 to 1; null when the organisation has no expertise tags.',
  expertiseCovered: 'Distinct expertise tags among the people the person has an active tie to.',
  expertiseInOrganisation: 'Distinct expertise tags in the organisation.',
  'network.response.structure':
    'The person’s structural metrics from the structural run; null when the person was not yet registered at the run’s instant.',
  structureRun: 'The structural run the structural metrics come from: the instant it describes, when it was computed and its thresholds.',

  degree: 'Active ties in the graph of the run (the same as `size`).',
  constraint:
    'Burt’s constraint, as NetworkX’s `nx.constraint` with weights: higher when the person’s contacts are tied to each other; null without ties.',
  effectiveSize:
    'Burt’s effective size, as NetworkX’s `nx.effective_size` with weights: the non-redundant part of the network; null without ties.',
  betweenness:
    'Betweenness centrality, unweighted and normalised, from 0 to 1: how often the person lies on shortest paths between others.',
  pageRank: 'PageRank on the graph of active ties weighted by strength (α = 0.85).',
  pageRankPercentile: 'The share of people, in percent, whose PageRank is at or below this person’s: “well networked” from 75 on.',
  twoStepReach: 'People reachable in one or two steps over active ties.',
  clustering: 'The local clustering coefficient, from 0 to 1: the share of the person’s contacts’ pairs that are tied themselves.',
  roles:
    'The person’s network roles (Cross): `central_connector` (degree ≥ p90), `broker` (betweenness ≥ p90, constraint ≤ p25), `peripheral` (size ≤ p10).',

  ...fieldsUnder(structureRuns, {
    asOf: 'The instant the run describes: the network as of then (ISO 8601).',
    people: 'People in the run’s graph: everyone in the organisation as of its instant, ties or not.',
  }),
  computedAt: 'When the run was computed (ISO 8601).',
  durationMs: 'How long computing the run took, in milliseconds.',
  trigger:
    'What started the run: `schedule` (the worker’s structural job) or `on_demand` (a request for an instant no stored run describes).',
  activeTies: 'Active ties (S ≥ 10) in the run’s graph.',
  thresholds: 'The percentiles the roles were decided with, taken over everyone in the run (NumPy’s linear interpolation).',
  degreeP90: 'The 90th percentile of degree: a central connector’s degree is at least this (and above 0); null for an empty run.',
  betweennessP90: 'The 90th percentile of betweenness: a broker’s betweenness is at least this (and above 0); null for an empty run.',
  constraintP25:
    'The 25th percentile of constraint over people with ties: a broker’s constraint is at most this; null when nobody has a tie.',
  sizeP10: 'The 10th percentile of size: a peripheral person’s size is at most this; null for an empty run.',
  'structureStatus.response.lastRun': 'The latest current structural run, or null when none has been computed yet.',
  intervalSeconds: 'How often the worker’s structural job computes a run, in seconds.',
  'computeStructure.body.asOf': 'The instant to compute the structure as of (ISO 8601 with an offset); now when omitted.',

  'orgGraph.query.asOf':
    'The instant to show the organisation as of (ISO 8601 with an offset): the structural run for that instant is read, or computed; the latest run when omitted.',
  'orgGraph.response.asOf': 'The instant of the structural run the graph comes from (ISO 8601).',
  nodes: 'Every person in the run, with their profile and structural metrics.',
  'nodes.metrics': 'The person’s structural metrics in this run.',
  edges: 'The active ties (S ≥ 10) of the run, each pair once.',
  source: 'One person of the tie (a UUID).',
  target: 'The other person of the tie (a UUID).',
};
