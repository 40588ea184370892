import type { Channel } from '@rapport/contracts';
import { pairSumsOf, type PairSums } from './pair-sums';
import { toIso, type EpochMs } from '../shared/clock';
import { epochWeight, intensityAt } from './intensity';
import { reciprocity } from './reciprocity';
import type { StrengthParameters } from './strength-parameters';
import { tierOf, type Tier } from './tier';
import type { ContributionSource, TieContribution } from './tie-contribution';

export interface StrengthExplanation {
  readonly interactionCount: number;
  readonly lastContact: string | null;
  readonly channelMix: Partial<Record<Channel, number>>;
  /** Mean depth factor of the interactions (1.0 = a 30-minute meeting). */
  readonly averageDepth: number | null;
  readonly reciprocity: { readonly value: number; readonly initiatedByPerson: number; readonly initiatedByCounterpart: number };
  readonly valueExchanged: { readonly helpGiven: number; readonly helpReceived: number; readonly introductions: number };
  readonly notesSent: { readonly byPerson: number; readonly byCounterpart: number; readonly handwritten: number };
  /** Decayed intensity I as of T. */
  readonly intensity: number;
  /**
   * Points of the score owed to each factor; they add up to the (unrounded) score.
   * The intensity part is split by each source's share of I; `reciprocity` is the
   * bonus reciprocity adds on top of the 0.7 floor.
   */
  readonly factorPoints: Readonly<Record<ContributionSource | 'reciprocity', number>>;
  /** factorPoints as shares of the score (0–1, summing to 1 when the score is above 0). */
  readonly factorShares: Readonly<Record<ContributionSource | 'reciprocity', number>>;
}

export interface RelationshipStrength {
  readonly personId: string;
  readonly counterpartId: string;
  readonly strength: number;
  readonly tier: Tier;
  readonly explanation: StrengthExplanation;
}

/** A tie's score without its explanation: what a person's network metrics read. */
export interface TieScore {
  readonly counterpartId: string;
  readonly strength: number;
  /** Reciprocity r (rounded as in the explanation). */
  readonly reciprocity: number;
}

export const tieScoreOf = (tie: RelationshipStrength): TieScore => ({
  counterpartId: tie.counterpartId,
  strength: tie.strength,
  reciprocity: tie.explanation.reciprocity.value,
});

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Relationship strength S(a, b, T) ∈ [0, 100] with its explanation (SPEC §6.2).
 * `contributions` are the pair's contributions; those after `asOf` are ignored.
 */
export function relationshipStrength(
  personId: string,
  counterpartId: string,
  contributions: readonly TieContribution[],
  asOf: EpochMs,
  p: StrengthParameters,
): RelationshipStrength {
  return explainedStrength(personId, counterpartId, pairSumsOf(personId, counterpartId, contributions, asOf, p), asOf, p);
}

/**
 * S(a, b, T) with its explanation from the pair's sums, for any T at or after the last
 * contact the sums include: the closed form a read model answers from.
 */
export function explainedStrength(
  personId: string,
  counterpartId: string,
  sums: PairSums,
  asOf: EpochMs,
  p: StrengthParameters,
): RelationshipStrength {
  const intensityOf = (source: ContributionSource) => intensityAt(sums.epochWeights[source], asOf, p);
  const { intensity, r, saturation, rawScore, strength } = scoreOf(
    sums.epochWeights,
    sums.initiatedByPerson,
    sums.initiatedByCounterpart,
    asOf,
    p,
  );

  const floorPoints = 100 * saturation * p.reciprocityFloor;
  const sourcePoints = (source: ContributionSource) => (intensity > 0 ? (floorPoints * intensityOf(source)) / intensity : 0);
  const factorPoints = {
    interaction: sourcePoints('interaction'),
    help: sourcePoints('help'),
    introduction: sourcePoints('introduction'),
    thank_you: sourcePoints('thank_you'),
    reciprocity: 100 * saturation * (1 - p.reciprocityFloor) * r,
  };
  const share = (points: number) => (rawScore > 0 ? round(points / rawScore, 4) : 0);

  return {
    personId,
    counterpartId,
    strength,
    tier: tierOf(strength),
    explanation: {
      interactionCount: sums.interactionCount,
      lastContact: sums.lastContact === null ? null : toIso(sums.lastContact),
      channelMix: { ...sums.channelMix },
      averageDepth: sums.interactionCount === 0 ? null : round(sums.depthSum / sums.interactionCount, 3),
      reciprocity: { value: round(r, 4), initiatedByPerson: sums.initiatedByPerson, initiatedByCounterpart: sums.initiatedByCounterpart },
      valueExchanged: { helpGiven: sums.helpGiven, helpReceived: sums.helpReceived, introductions: sums.introductions },
      notesSent: { byPerson: sums.notesByPerson, byCounterpart: sums.notesByCounterpart, handwritten: sums.handwritten },
      intensity: round(intensity, 4),
      factorPoints: {
        interaction: round(factorPoints.interaction, 2),
        help: round(factorPoints.help, 2),
        introduction: round(factorPoints.introduction, 2),
        thank_you: round(factorPoints.thank_you, 2),
        reciprocity: round(factorPoints.reciprocity, 2),
      },
      factorShares: {
        interaction: share(factorPoints.interaction),
        help: share(factorPoints.help),
        introduction: share(factorPoints.introduction),
        thank_you: share(factorPoints.thank_you),
        reciprocity: share(factorPoints.reciprocity),
      },
    },
  };
}

/** The score alone from a pair's sums (what network metrics read), by the same arithmetic. */
export function tieScoreFromSums(
  counterpartId: string,
  sums: Pick<PairSums, 'epochWeights' | 'initiatedByPerson' | 'initiatedByCounterpart'>,
  asOf: EpochMs,
  p: StrengthParameters,
): TieScore {
  const { r, strength } = scoreOf(sums.epochWeights, sums.initiatedByPerson, sums.initiatedByCounterpart, asOf, p);
  return { counterpartId, strength, reciprocity: round(r, 4) };
}

/** What a contribution adds to a tie's score (the rest of it only explains the score). */
export type ScoringContribution = Pick<TieContribution, 'source' | 'initiatorId' | 'occurredAt' | 'weight' | 'personB'>;

/**
 * S(a, b, T) and r alone, by the same sums and arithmetic as `relationshipStrength` (so
 * the same numbers), without building the explanation: for metrics over many people
 * and instants.
 */
export function tieScoreAt(
  personId: string,
  counterpartId: string,
  contributions: readonly ScoringContribution[],
  asOf: EpochMs,
  p: StrengthParameters,
): TieScore {
  const tie = new TieScoreAccumulator(personId, counterpartId, p);
  for (const c of contributions) if (c.occurredAt <= asOf) tie.add(c);
  return tie.scoreAt(asOf);
}

/**
 * A tie's sums, added to one contribution at a time: fed in time order, it scores the
 * tie at a series of instants without going over the earlier contributions again.
 */
export class TieScoreAccumulator {
  private readonly sums: Record<ContributionSource, number> = { interaction: 0, help: 0, introduction: 0, thank_you: 0 };
  private initiatedByPerson = 0;
  private initiatedByCounterpart = 0;

  constructor(
    private readonly personId: string,
    readonly counterpartId: string,
    private readonly p: StrengthParameters,
  ) {}

  add(c: ScoringContribution): void {
    this.sums[c.source] += epochWeight(c.weight, c.occurredAt, this.p);
    if (c.initiatorId === this.personId) this.initiatedByPerson++;
    else if (c.initiatorId === this.counterpartId) this.initiatedByCounterpart++;
  }

  /** The score as of T of the contributions added so far (all of them at or before T). */
  scoreAt(asOf: EpochMs): TieScore {
    return tieScoreFromSums(
      this.counterpartId,
      { epochWeights: this.sums, initiatedByPerson: this.initiatedByPerson, initiatedByCounterpart: this.initiatedByCounterpart },
      asOf,
      this.p,
    );
  }
}

/** SPEC §6.2: S = round(100 · (1 − e^(−I/scale)) · (floor + (1 − floor)·R), 1), with I the sum of the decayed source sums. */
export function scoreOf(
  sums: Readonly<Record<ContributionSource, number>>,
  initiatedByPerson: number,
  initiatedByCounterpart: number,
  asOf: EpochMs,
  p: StrengthParameters,
) {
  const intensityOf = (source: ContributionSource) => intensityAt(sums[source], asOf, p);
  const intensity = intensityOf('interaction') + intensityOf('help') + intensityOf('introduction') + intensityOf('thank_you');
  const r = reciprocity(initiatedByPerson, initiatedByCounterpart);
  const saturation = 1 - Math.exp(-intensity / p.intensityScale);
  const rawScore = 100 * saturation * (p.reciprocityFloor + (1 - p.reciprocityFloor) * r);
  return { intensity, r, saturation, rawScore, strength: round(rawScore, 1) };
}
