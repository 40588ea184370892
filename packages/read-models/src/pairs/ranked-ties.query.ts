import { explainedStrength, tieScoreFromSums, type PairSums, type RelationshipStrength, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { strongestFirst } from '../relationships.query';
import { pairSumsBackTo, pairSummariesWith } from './pair-sums.query';

/** What ranks a tie: the sums its strength is made of and its last contact. */
type ScoringSums = Pick<PairSums, 'epochWeights' | 'initiatedByPerson' | 'initiatedByCounterpart' | 'lastContact'>;

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
  /** The ties given, with their explanations (one statement for those whose sums were not read whole). */
  explain(ties: readonly RankedTie[]): Promise<RelationshipStrength[]>;
}

interface ScoringRow extends Record<string, unknown> {
  own: boolean;
  counterpart_id: string | null;
  display_name: string | null;
  w_interaction: number | string;
  w_help: number | string;
  w_introduction: number | string;
  w_thank_you: number | string;
  by_person: number | string;
  by_counterpart: number | string;
  last_ms: number | string;
}

/**
 * A person's ties as of T ranked, and the counterparts' names, reading for every tie only
 * the few sums its strength needs (one statement for "now"); the whole sums of a tie are
 * read when it is explained, for the ties a page shows. A tie in contact after T is read
 * whole and taken back to T (pairSumsBackTo). Null for an unknown person.
 */
export async function rankedTiesOf(db: SqlExecutor, personId: string, asOf: number, p: StrengthParameters): Promise<RankedTies | null> {
  const { rows } = await db.query<ScoringRow>(
    `SELECT false AS own, s.counterpart_id, cp.display_name, s.w_interaction, s.w_help, s.w_introduction, s.w_thank_you,
            s.by_person, s.by_counterpart, floor(extract(epoch FROM s.last_contact) * 1000)::float8 AS last_ms
       FROM rm_pair_summaries s LEFT JOIN rm_people cp ON cp.person_id = s.counterpart_id
      WHERE s.person_id = $1
     UNION ALL
     SELECT true, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM rm_people WHERE person_id = $1`,
    [personId],
  );
  if (!rows.some((row) => row.own)) return null;
  const names = new Map<string, string>();
  const scoring = new Map<string, ScoringSums>();
  const later: string[] = [];
  for (const row of rows) {
    if (row.own || row.counterpart_id === null) continue;
    if (row.display_name !== null) names.set(row.counterpart_id, row.display_name);
    const lastContact = Number(row.last_ms);
    if (lastContact > asOf) later.push(row.counterpart_id);
    else scoring.set(row.counterpart_id, scoringSumsOf(row, lastContact));
  }
  const whole = new Map<string, PairSums>(later.length > 0 ? await pairSumsBackTo(db, personId, await pairSummariesWith(db, personId, later), asOf, p) : []);
  const ranked = (sums: ScoringSums, counterpartId: string): RankedTie => ({ counterpartId, strength: tieScoreFromSums(counterpartId, sums, asOf, p).strength, lastContact: sums.lastContact });
  const ties = [...[...scoring].map(([id, sums]) => ranked(sums, id)), ...[...whole].map(([id, sums]) => ranked(sums, id))].sort(strongestFirst);
  return {
    ties,
    names,
    async explain(shown) {
      const missing = shown.map((t) => t.counterpartId).filter((id) => !whole.has(id));
      const read = missing.length > 0 ? await pairSummariesWith(db, personId, missing) : [];
      const sums = new Map([...whole, ...read]);
      return shown.map((t) => explainedStrength(personId, t.counterpartId, sums.get(t.counterpartId)!, asOf, p));
    },
  };
}

function scoringSumsOf(row: ScoringRow, lastContact: number): ScoringSums {
  return {
    epochWeights: { interaction: Number(row.w_interaction), help: Number(row.w_help), introduction: Number(row.w_introduction), thank_you: Number(row.w_thank_you) },
    initiatedByPerson: Number(row.by_person),
    initiatedByCounterpart: Number(row.by_counterpart),
    lastContact,
  };
}
