import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

/** One tie and its explanation (SPEC §6.2), and recommendations of people to meet (SPEC §6.4). */
export const relationshipFields: FieldDescriptions = {
  'relationships.query.sort': 'What the ties are ordered by: `strength` (the default), `lastContact` or the counterpart’s `name`.',
  'relationships.query.order': '`asc` or `desc`; by default descending for strength and last contact, ascending for name.',
  'relationships.response.items': 'The person’s ties on this page, each with its strength, tier and explanation.',
  'relationship.path.otherId': 'The other person of the tie (a UUID).',

  counterpartId: 'The other person of the tie (a UUID).',
  counterpartName: 'The other person’s name; null when it can no longer be read (they were erased).',
  strength: 'The tie’s relationship strength S as of the instant, from 0 to 100 (SPEC §6.2).',
  tier: 'The tie’s tier: `core` (S ≥ 80), `strong` (≥ 60), `developing` (≥ 30), `weak` (≥ 10) or `inactive` (below 10).',
  explanation: 'Why the strength is what it is: the events behind it and the points each factor earns (docs/metrics.md §6.2).',
  interactionCount: 'Distinct interactions of the pair up to the instant; a corrected interaction counts once.',
  lastContact: 'The pair’s latest contribution (interaction, help, introduction or note) up to the instant (ISO 8601); null when none.',
  channelMix: 'How many of the pair’s interactions took place on each channel; channels never used are left out.',
  averageDepth: 'The mean depth factor of the pair’s interactions (1.0 is a 30-minute meeting; 0.5 to 2.0); null without interactions.',
  'explanation.reciprocity': 'Reciprocity R, with the contributions each side initiated.',
  'reciprocity.value': 'R = 1 − |n_a − n_b| / (n_a + n_b), from 0 to 1; 0 when neither side initiated anything.',
  initiatedByPerson:
    'Contributions the person initiated: interactions they started, help they gave, introductions they made, notes they sent.',
  initiatedByCounterpart: 'Contributions the counterpart initiated.',
  valueExchanged: 'Help given each way and introductions involving the pair, up to the instant.',
  'valueExchanged.helpGiven': 'Times the person helped the counterpart.',
  'valueExchanged.helpReceived': 'Times the counterpart helped the person.',
  introductions: 'Introductions involving both: one of them introduced the other to someone, or someone introduced them to each other.',
  notesSent: 'Thank-you notes sent each way, and how many were handwritten.',
  byPerson: 'Notes the person sent the counterpart.',
  byCounterpart: 'Notes the counterpart sent the person.',
  'notesSent.handwritten': 'How many of those notes, both ways, were handwritten.',
  intensity: 'Intensity I as of the instant: the decayed sum of the pair’s contributions (half-life 90 days); the strength grows with it.',
  factorPoints: 'The strength split into points per factor; they add up to the strength.',
  factorShares: 'The same split as shares of the strength, from 0 to 1 (summing to 1 when the strength is above 0).',
  ...fieldsUnder(['factorPoints'], {
    interaction: 'Points earned by the pair’s interactions.',
    help: 'Points earned by help given either way.',
    introduction: 'Points earned by introductions involving the pair.',
    thank_you: 'Points earned by thank-you notes sent either way.',
    reciprocity: 'Points reciprocity adds on top of the 0.7 floor.',
  }),
  ...fieldsUnder(['factorShares'], {
    interaction: 'The share of the strength earned by the pair’s interactions, from 0 to 1.',
    help: 'The share of the strength earned by help given either way, from 0 to 1.',
    introduction: 'The share of the strength earned by introductions involving the pair, from 0 to 1.',
    thank_you: 'The share of the strength earned by thank-you notes sent either way, from 0 to 1.',
    reciprocity: 'The share of the strength reciprocity adds on top of the 0.7 floor, from 0 to 1.',
  }),

  'recommendations.query.asOf':
    'The instant to recommend as of (ISO 8601 with an offset): the structural run for that instant is read, or computed; the latest run when omitted.',
  'recommendations.query.limit': 'The most recommendations to return, best first.',
  'recommendations.response.asOf':
    'The instant of the structural run the recommendations come from (ISO 8601): the `asOf` asked for, or the latest run’s when omitted.',
  'recommendations.response.items': 'The recommended people, best score first.',
  candidateId: 'The recommended person’s id (a UUID).',
  candidateName: 'The recommended person’s name.',
  'recommendations.response.items.score':
    'How strongly the person is recommended: (pageRankPercentile / 100) · (1 + diversityGain) · introFactor.',
  'recommendations.response.items.pageRankPercentile':
    'The candidate’s PageRank percentile: how well networked they are (75 or more to be recommended).',
  topShare:
    'The share of the organisation, in percent and rounded up, at least as well networked as the candidate: the “top 5%” of the sentence.',
  diversityGain:
    'How much the person’s composite diversity would rise with a tie of strength 30 to the candidate; negative when the candidate would make the network more alike.',
  introFactor: 'min(S person–introducer, S introducer–candidate) / 100 along the warm introduction path, or 0.3 when there is none.',
  adds: 'The candidate’s departments, functions, locations and expertise tags that none of the person’s active ties has.',
  'recommendations.response.items.introduction':
    'The warm introduction path person → introducer → candidate through their best mutual connection, or null when they have none.',
  'introduction.introducerId': 'The mutual connection who can introduce them (a UUID).',
  introducerName: 'The mutual connection’s name.',
  strengthToPerson: 'The strength of the tie between the person and the introducer, from 0 to 100.',
  strengthToCandidate: 'The strength of the tie between the introducer and the candidate, from 0 to 100.',
  'introduction.path': 'The ids along the path, in order: the person, the introducer, the candidate.',
  sentence:
    'The recommendation in one sentence, e.g. “top 5% well-networked; adds Finance and Legal; Maria can introduce you — you and Maria: strong tie, 72; Maria and Aiko: strong tie, 64”.',
};
