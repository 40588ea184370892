import { explainedStrength, tieScoreFromSums, type RelationshipStrength, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import type { KeptPersonalText } from '../personal-text';
import { strongestFirst } from '../relationships.query';
import { personTiesAt } from './person-ties.query';

/** A tie scored as of T; explained only when shown. */
export interface RankedTie {
  readonly counterpartId: string;
  readonly strength: number;
  /** Epoch milliseconds, null when never in contact by T. */
  readonly lastContact: number | null;
}

export interface RankedTies {
  /** Strongest first. */
  readonly ties: readonly RankedTie[];
  readonly names: ReadonlyMap<string, string>;
  /** The ties given, with their explanations. */
  explain(ties: readonly RankedTie[]): RelationshipStrength[];
}

/**
 * A person's ties as of T ranked, and the counterparts' names: one statement for "now"
 * (personTiesAt: the person's pair summaries, whole, with the counterparts' profiles;
 * a past T adds two, over the pairs in contact since). Ranking scores every tie; only
 * the ties a page shows are explained. Null for an unknown person.
 */
export async function rankedTiesOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
  kept: KeptPersonalText,
): Promise<RankedTies | null> {
  const found = await personTiesAt(db, personId, asOf, p, kept);
  if (!found) return null;
  const names = new Map([...found.counterparts].map(([id, profile]) => [id, profile.displayName] as const));
  const ties = [...found.sums]
    .map(([counterpartId, sums]): RankedTie => ({
      counterpartId,
      strength: tieScoreFromSums(counterpartId, sums, asOf, p).strength,
      lastContact: sums.lastContact,
    }))
    .sort(strongestFirst);
  return {
    ties,
    names,
    explain: (shown) => shown.map((t) => explainedStrength(personId, t.counterpartId, found.sums.get(t.counterpartId)!, asOf, p)),
  };
}
