import { epochWeight, type StrengthParameters, type TieContribution } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { arrayLiteral, columnsOf } from './sql-arrays';
import { bothSidesOf } from './pairs/both-sides';
import { addPairSums, CONTRIBUTION_SUM_INPUTS, pairSumColumnList, pairSumsOfRows, weeklyPairSumsOf } from './pairs/pair-sums.columns';
import { pairTotalColumns } from './pairs/totals-both-ways.schema';

/**
 * Contributions that share everything but the pair, among members who are all tied to
 * each other: an interaction of n people is one group of n, a help or a thank-you note
 * is a group of two. The database expands each group into every ordered pair of
 * distinct members — each pair once, from its lower id — so a batch sends one row per
 * group instead of n·(n − 1) / 2 rows.
 */
interface ContributionGroup {
  readonly first: TieContribution;
  readonly members: readonly string[];
}

const sameExceptPair = (a: TieContribution, b: TieContribution): boolean =>
  a.eventId === b.eventId &&
  a.sourceId === b.sourceId &&
  a.source === b.source &&
  a.initiatorId === b.initiatorId &&
  a.occurredAt === b.occurredAt &&
  a.weight === b.weight &&
  a.channel === b.channel &&
  a.depth === b.depth &&
  a.receiverId === b.receiverId &&
  a.handwritten === b.handwritten;

/**
 * One event's contributions as groups: a single group when they are exactly every pair
 * among their members, listed as the domain lists pairs (i < j, in order of first
 * appearance) and alike but for the pair; otherwise one group per contribution.
 */
export function contributionGroups(contributions: readonly TieContribution[]): ContributionGroup[] {
  const first = contributions[0];
  if (!first) return [];
  const members: string[] = [first.personA];
  for (const c of contributions) {
    if (c.personA === members[0] && c.personB !== members[0]) members.push(c.personB);
    else break;
  }
  const n = members.length;
  let complete = contributions.length === (n * (n - 1)) / 2 && n >= 2;
  for (let i = 0, k = 0; complete && i < n; i++) {
    for (let j = i + 1; complete && j < n; j++, k++) {
      const c = contributions[k]!;
      complete = c.personA === members[i] && c.personB === members[j] && sameExceptPair(first, c);
    }
  }
  if (complete && new Set(members).size === n) return [{ first, members }];
  return contributions.map((c) => ({ first: c, members: [c.personA, c.personB] }));
}

/**
 * Stores contribution groups, each pair once (lower id → higher id), and adds them to
 * the pair sums (the pair's totals, in both directions, and its week's, once), all in one statement: only the
 * contribution rows that were new are added. Adding is commutative, so events may arrive in any order and
 * from any worker. Rows are written in key order, so concurrent batches lock shared
 * pairs in the same order. With `sums` false the contributions are stored alone: a
 * rebuild sums them once its fill is done (sumPairSumsAfterFill).
 */
export async function insertContributions(
  tx: SqlExecutor,
  groups: readonly ContributionGroup[],
  p: StrengthParameters,
  sums = true,
): Promise<void> {
  if (groups.length === 0) return;
  const rows = groups.map(({ first: c, members }) => [
    c.eventId,
    c.sourceId,
    c.source,
    c.initiatorId,
    new Date(c.occurredAt).toISOString(),
    c.weight,
    epochWeight(c.weight, c.occurredAt, p),
    c.channel ?? null,
    c.depth ?? null,
    c.receiverId ?? null,
    c.handwritten ?? null,
    arrayLiteral(members),
  ]);
  const insert = `INSERT INTO rm_pair_contributions (event_id, source_id, source, person_id, counterpart_id, initiator_id,
         occurred_at, weight, epoch_weight, channel, depth, receiver_id, handwritten)
       SELECT g.event_id, g.source_id, g.source, a.person_id, b.person_id, g.initiator_id,
              g.occurred_at, g.weight, g.epoch_weight, g.channel, g.depth, g.receiver_id, g.handwritten
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::float8[], $7::float8[],
                     $8::text[], $9::float8[], $10::uuid[], $11::boolean[], $12::text[])
                AS g(event_id, source_id, source, initiator_id, occurred_at, weight, epoch_weight,
                     channel, depth, receiver_id, handwritten, members)
        CROSS JOIN LATERAL unnest(g.members::uuid[]) AS a(person_id)
        CROSS JOIN LATERAL unnest(g.members::uuid[]) AS b(person_id)
        WHERE a.person_id < b.person_id
       ON CONFLICT DO NOTHING`;
  if (!sums) {
    await tx.query(insert, columnsOf(rows, 12));
    return;
  }
  await tx.query(
    `WITH added AS (
       ${insert}
       RETURNING ${CONTRIBUTION_SUM_INPUTS}
     ),
     weekly AS (${weeklyPairSumsOf('added')}),
     pairs AS (SELECT d.person_id, d.counterpart_id, ${pairSumsOfRows} FROM weekly d GROUP BY 1, 2),
     summaries AS (
       INSERT INTO rm_pair_summaries AS t (${pairTotalColumns.join(', ')})
       SELECT * FROM (${bothSidesOf('pairs', pairTotalColumns)}) AS both_sides ORDER BY 1, 2
       ON CONFLICT (person_id, counterpart_id) DO UPDATE SET ${addPairSums}
     )
     INSERT INTO rm_pair_week_totals AS t (person_id, counterpart_id, week_start, ${pairSumColumnList})
     SELECT person_id, counterpart_id, week_start, ${pairSumColumnList} FROM weekly ORDER BY 1, 2, 3
     ON CONFLICT (person_id, counterpart_id, week_start) DO UPDATE SET ${addPairSums}`,
    columnsOf(rows, 12),
  );
}

export type { ContributionGroup };
