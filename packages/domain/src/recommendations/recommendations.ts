import { diversityOf, type WeightedTie } from '../network/diversity';
import type { OrganisationCategories, PersonProfile } from '../network/person-profile';
import type { ScoredTie } from '../structure/active-tie-graph';
import { isActiveTie } from '../relationships/tier';
import { recommendationSentence, newCategoriesFrom } from './recommendation-sentence';
import type { RecommendationParameters } from './recommendation-parameters';
import { warmIntroPath, type WarmIntroPath } from './warm-intro-path';

export interface Recommendation {
  readonly candidateId: string;
  readonly score: number;
  readonly pageRankPercentile: number;
  /** Share of the organisation (percent) at least as well networked as the candidate. */
  readonly topShare: number;
  readonly diversityGain: number;
  readonly introFactor: number;
  readonly introduction: WarmIntroPath | null;
  /** Departments, functions, locations and expertise tags the candidate brings that the person's ties lack. */
  readonly adds: readonly string[];
  readonly sentence: string;
}

export interface RecommendationInputs {
  readonly personId: string;
  /** Every tie of the organisation as of T with its strength (inactive ones are ignored). */
  readonly ties: readonly ScoredTie[];
  /** PageRank and its percentile per person as of T. */
  readonly pageRank: ReadonlyMap<string, { readonly pageRank: number; readonly pageRankPercentile: number }>;
  readonly profiles: ReadonlyMap<string, PersonProfile>;
  readonly organisation: OrganisationCategories;
}

/**
 * SPEC §6.4: candidates c with no active tie to a and a PageRank percentile ≥ 75, scored
 * (prPercentile/100) · (1 + diversityGain) · introFactor, best first.
 */
export function recommendations(inputs: RecommendationInputs, p: RecommendationParameters): Recommendation[] {
  const neighbours = activeNeighbours(inputs.ties);
  const own = neighbours.get(inputs.personId) ?? new Map<string, number>();
  const ownTies: WeightedTie[] = [];
  for (const [id, strength] of own) {
    const counterpart = inputs.profiles.get(id);
    if (counterpart) ownTies.push({ counterpart, strength });
  }
  const before = diversityOf(ownTies, inputs.organisation).composite ?? 0;
  const pageRanks = [...inputs.pageRank.values()].map((r) => r.pageRank);

  const out: Recommendation[] = [];
  for (const [candidateId, rank] of inputs.pageRank) {
    const candidate = inputs.profiles.get(candidateId);
    if (!candidate || candidateId === inputs.personId || own.has(candidateId)) continue;
    if (rank.pageRankPercentile < p.minPageRankPercentile) continue;
    const after =
      diversityOf([...ownTies, { counterpart: candidate, strength: p.imaginedTieStrength }], inputs.organisation).composite ?? 0;
    const diversityGain = after - before;
    const introduction = warmIntroPath(own, neighbours.get(candidateId) ?? new Map());
    const introFactor = introduction ? Math.min(introduction.strengthToPerson, introduction.strengthToCandidate) / 100 : p.coldIntroFactor;
    const topShare = Math.ceil((100 * pageRanks.filter((x) => x >= rank.pageRank * (1 - 1e-9)).length) / pageRanks.length);
    const adds = newCategoriesFrom(
      candidate,
      ownTies.map((t) => t.counterpart),
    );
    const introducerName = introduction ? (inputs.profiles.get(introduction.introducerId)?.displayName ?? 'a colleague') : null;
    out.push({
      candidateId,
      score: (rank.pageRankPercentile / 100) * (1 + diversityGain) * introFactor,
      pageRankPercentile: rank.pageRankPercentile,
      topShare,
      diversityGain,
      introFactor,
      introduction,
      adds,
      sentence: recommendationSentence({ topShare, adds, introduction, introducerName, candidateName: candidate.displayName }),
    });
  }
  return out.sort((a, b) => b.score - a.score || b.pageRankPercentile - a.pageRankPercentile || a.candidateId.localeCompare(b.candidateId));
}

function activeNeighbours(ties: readonly ScoredTie[]): Map<string, Map<string, number>> {
  const neighbours = new Map<string, Map<string, number>>();
  const link = (a: string, b: string, s: number) => {
    const around = neighbours.get(a) ?? new Map<string, number>();
    around.set(b, s);
    neighbours.set(a, around);
  };
  for (const tie of ties) {
    if (!isActiveTie(tie.strength) || tie.personA === tie.personB) continue;
    link(tie.personA, tie.personB, tie.strength);
    link(tie.personB, tie.personA, tie.strength);
  }
  return neighbours;
}
