import { derivedFromEvents } from '../../../lib/query-keys';

/** Query keys of the insights feature (habit scorecard, recommendations, questions and introduction requests waiting for an answer). */
export const insightKeys = {
  all: [...derivedFromEvents, 'insights'] as const,
  scorecards: () => [...insightKeys.all, 'scorecard'] as const,
  scorecard: (personId: string, asOf: string | undefined) => [...insightKeys.scorecards(), personId, { asOf: asOf ?? 'now' }] as const,
  feedbackRequests: (personId: string) => [...insightKeys.all, 'feedback-requests', personId] as const,
  introductionRequests: (personId: string) => [...insightKeys.all, 'introduction-requests', personId] as const,
  recommendationLists: () => [...insightKeys.all, 'recommendations'] as const,
  recommendations: (personId: string, asOf: string | undefined) =>
    [...insightKeys.recommendationLists(), personId, { asOf: asOf ?? 'now' }] as const,
};
