/** Constants of recommendations (SPEC §6.4, docs/metrics.md). */
export interface RecommendationParameters {
  /** Candidates need a PageRank percentile at least this high. */
  readonly minPageRankPercentile: number;
  /** The strength of the imagined new tie used to measure the diversity a candidate adds. */
  readonly imaginedTieStrength: number;
  /** introFactor when no mutual connection can introduce. */
  readonly coldIntroFactor: number;
}

export const defaultRecommendationParameters: RecommendationParameters = {
  minPageRankPercentile: 75,
  imaginedTieStrength: 30,
  coldIntroFactor: 0.3,
};
