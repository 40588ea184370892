import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from '../property/read-models-database';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters, MS_PER_DAY, weekStartOf } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { plainTextOnly } from '../personal-text';
import {
  relationshipBetween,
  relationshipsFrom,
  relationshipsOf,
  strongestFirst,
  tieScoresFrom,
  tieScoresOf,
} from '../relationships.query';
import { rankedTiesOf } from './ranked-ties.query';
import { contributionsOf } from '../tie-contributions.query';
import { dayAt, deliveryOf, eventHistory, people } from '../property/event-history.arbitrary';
import { pairStrengthsAt } from '../structure/pair-strengths.query';
import { emptyReadModels } from '../property/read-model-snapshot';

const p = defaultStrengthParameters;
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

async function deliver(batches: readonly RapportEvent[][]) {
  await emptyReadModels(db);
  for (const batch of batches) await db.transaction((tx) => projectEvents(tx, batch, p));
}

/**
 * Instants to ask at: inside the history, at a week's first and last millisecond, at an
 * event's own instant, and long after the last event (the clock moves, nothing is logged).
 */
const instant = fc.oneof(
  fc.integer({ min: -2, max: 64 }).map((day) => Date.parse(dayAt(day, 12))),
  fc.integer({ min: 0, max: 9 }).chain((week) => fc.constantFrom(0, -1).map((edge) => weekStartOf(Date.parse(dayAt(week * 7))) + edge)),
  fc.integer({ min: 0, max: 60 }).map((day) => Date.parse(dayAt(day, 9))),
  fc.integer({ min: 61, max: 800 }).map((day) => Date.parse(dayAt(0)) + day * MS_PER_DAY),
);

/** Every person's ties as of T, from the pair sums (alone and with the counterparts' names) and from the whole history of contributions. */
async function bothWays(asOf: number) {
  const fromSums = [];
  const fromHistory = [];
  for (const person of people) {
    const history = await contributionsOf(db, person, asOf);
    const ranked = await rankedTiesOf(db, person, asOf, p, plainTextOnly.kept);
    const strengthOf = new Map(ranked?.ties.map((t) => [t.counterpartId, t.strength]));
    const named =
      ranked &&
      ranked
        .explain(ranked.ties)
        .map((t) => ({ ...t, ranked: strengthOf.get(t.counterpartId) }))
        .sort(strongestFirst);
    fromSums.push({ person, ties: await relationshipsOf(db, person, asOf, p), named, scores: await tieScoresOf(db, person, asOf, p) });
    const ties = relationshipsFrom(person, history, asOf, p);
    fromHistory.push({
      person,
      ties,
      named: ties.map((t) => ({ ...t, ranked: t.strength })),
      scores: tieScoresFrom(person, history, asOf, p),
    });
  }
  return { fromSums, fromHistory };
}

describe('pair sums (property tests on PGlite, against the from-history computation)', () => {
  it('answer every tie and its explanation as of any instant exactly as the contributions do, for any delivery order', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => fc.tuple(deliveryOf(events, 'any'), fc.array(instant, { minLength: 1, maxLength: 4 }))),
        async ([delivery, instants]) => {
          await deliver(delivery);
          for (const asOf of instants) {
            const { fromSums, fromHistory } = await bothWays(asOf);
            expect(fromSums).toEqual(fromHistory);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('score every pair, the pairs touching a group and the pairs inside it as the contributions do', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => fc.tuple(deliveryOf(events, 'any'), instant, fc.subarray(people))),
        async ([delivery, asOf, group]) => {
          await deliver(delivery);
          const expected = [];
          for (const person of people) {
            for (const tie of relationshipsFrom(person, await contributionsOf(db, person, asOf), asOf, p)) {
              if (person < tie.counterpartId) expected.push({ personA: person, personB: tie.counterpartId, strength: tie.strength });
            }
          }
          const sorted = <T extends { personA: string; personB: string }>(ties: T[]) =>
            [...ties].sort((a, b) => (a.personA + a.personB).localeCompare(b.personA + b.personB));
          const inGroup = new Set(group);
          expect(sorted(await pairStrengthsAt(db, asOf, p))).toEqual(sorted(expected));
          expect(sorted(await pairStrengthsAt(db, asOf, p, { touching: group }))).toEqual(
            group.length === 0 ? [] : sorted(expected.filter((t) => inGroup.has(t.personA) || inGroup.has(t.personB))),
          );
          expect(sorted(await pairStrengthsAt(db, asOf, p, { between: group }))).toEqual(
            sorted(expected.filter((t) => inGroup.has(t.personA) && inGroup.has(t.personB))),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('answer one pair as the list of ties does, and an untied pair with strength 0', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => fc.tuple(deliveryOf(events), instant)),
        async ([delivery, asOf]) => {
          await deliver(delivery);
          for (const person of people) {
            const ties = new Map((await relationshipsOf(db, person, asOf, p)).map((t) => [t.counterpartId, t]));
            for (const other of people.filter((o) => o !== person)) {
              const one = await relationshipBetween(db, person, other, asOf, p);
              expect(one).toEqual(ties.get(other) ?? { ...one, strength: 0 });
              if (!ties.has(other)) expect(one.explanation.interactionCount).toBe(0);
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('keep no pair or week without a contribution once corrections and retractions took theirs away', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) => deliveryOf(events, 'any')),
        async (delivery) => {
          await deliver(delivery);
          const { rows } = await db.query<{ n: string }>(
            `SELECT (SELECT count(*) FROM rm_pair_summaries WHERE contributions <= 0) + (SELECT count(*) FROM rm_pair_weeks WHERE contributions <= 0) AS n`,
          );
          expect(Number(rows[0]!.n)).toBe(0);
          const { rows: pairs } = await db.query<{ missing: string }>(
            `SELECT count(*) AS missing FROM (SELECT DISTINCT person_id, counterpart_id FROM rm_tie_contributions) c
            WHERE NOT EXISTS (SELECT 1 FROM rm_pair_summaries s WHERE s.person_id = c.person_id AND s.counterpart_id = c.counterpart_id)`,
          );
          expect(Number(pairs[0]!.missing)).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});
