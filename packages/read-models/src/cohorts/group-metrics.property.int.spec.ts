import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from '../property/read-models-database';
import type { Channel, MeetingPlace } from '@rapport/contracts';
import { defaultStrengthParameters, habitScorecard, personNetworkMetrics, tieScoreOf, type ScorecardFacts } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { emptyReadModels } from '../property/read-model-snapshot';
import { dayAt, eventHistory, people } from '../property/event-history.arbitrary';
import { relationshipsOf } from '../relationships.query';
import { organisationCategoriesFromPeople } from '../structure/organisation-categories';
import { organisationProfiles } from '../structure/organisation.query';
import {
  groupMetricsAt,
  groupMetricsFromHistory,
  groupMetricsFromPairSums,
  groupMetricsOverTime,
  metricValuesOf,
} from './group-metrics.query';
import { deliveryOf } from '../property/event-history.arbitrary';

const p = defaultStrengthParameters;
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const ms = (t: Date | string): number => new Date(t).getTime();
const at = (rows: ReadonlyArray<{ occurred_at: Date | string }>) => rows.map((r) => ({ occurredAt: ms(r.occurred_at) }));

/**
 * The reference: one person's scorecard facts as of T read straight from SQL (the target
 * list by DISTINCT ON), independent of the history that is cut in memory.
 */
async function referenceFactsOf(personId: string, asOf: number): Promise<ScorecardFacts> {
  const t = new Date(asOf).toISOString();
  const q = <R extends Record<string, unknown>>(sql: string) => db.query<R>(sql, [personId, t]).then((r) => r.rows);
  const [interactions, feedback, helpGiven, helpReceived, introductions, notes, targetRows, ties] = await Promise.all([
    q<{
      interaction_id: string;
      initiator_id: string;
      participant_ids: string[];
      occurred_at: Date | string;
      channel: Channel;
      location: MeetingPlace | null;
      questions_asked: number | null;
      stories_told: number | null;
    }>(
      `SELECT interaction_id, initiator_id, participant_ids, occurred_at, channel, location, questions_asked, stories_told
         FROM rm_interactions WHERE NOT retracted AND participant_ids @> ARRAY[$1::uuid] AND occurred_at <= $2`,
    ),
    q<{ interaction_id: string; from_id: string; felt_heard: number; occurred_at: Date | string }>(
      `SELECT f.interaction_id, f.from_id, f.felt_heard, f.occurred_at
         FROM rm_counterpart_feedback f JOIN rm_interactions i USING (interaction_id)
        WHERE i.initiator_id = $1 AND NOT i.retracted AND f.occurred_at <= $2`,
    ),
    q<{ occurred_at: Date | string }>(`SELECT occurred_at FROM rm_help WHERE giver_id = $1 AND occurred_at <= $2`),
    q<{ occurred_at: Date | string }>(`SELECT occurred_at FROM rm_help WHERE receiver_id = $1 AND occurred_at <= $2`),
    q<{ occurred_at: Date | string }>(`SELECT occurred_at FROM rm_introductions WHERE introducer_id = $1 AND occurred_at <= $2`),
    q<{ to_id: string; handwritten: boolean; occurred_at: Date | string }>(
      `SELECT to_id, handwritten, occurred_at FROM rm_thank_you_notes WHERE from_id = $1 AND occurred_at <= $2`,
    ),
    q<{ target_id: string; added: boolean }>(
      `SELECT DISTINCT ON (target_id) target_id, added FROM rm_target_changes
        WHERE person_id = $1 AND occurred_at <= $2 ORDER BY target_id, stream_version DESC`,
    ),
    relationshipsOf(db, personId, asOf, p),
  ]);
  const strengthTo = new Map(ties.map((tie) => [tie.counterpartId, tie.strength]));
  return {
    interactions: interactions.map((r) => ({
      interactionId: r.interaction_id,
      initiatorId: r.initiator_id,
      participantIds: r.participant_ids,
      occurredAt: ms(r.occurred_at),
      channel: r.channel,
      location: r.location ?? undefined,
      questionsAsked: r.questions_asked ?? undefined,
      storiesTold: r.stories_told ?? undefined,
    })),
    feedback: feedback.map((f) => ({
      interactionId: f.interaction_id,
      fromId: f.from_id,
      feltHeard: Number(f.felt_heard),
      occurredAt: ms(f.occurred_at),
    })),
    helpGiven: at(helpGiven),
    helpReceived: at(helpReceived),
    introductionsMade: at(introductions),
    notesSent: notes.map((n) => ({ toId: n.to_id, handwritten: n.handwritten, occurredAt: ms(n.occurred_at) })),
    targets: targetRows.filter((r) => r.added).map((r) => ({ targetId: r.target_id, strength: strengthTo.get(r.target_id) ?? 0 })),
  };
}

/** A person's figures as of T computed alone: one person, one instant, their own queries. */
async function oneByOne(personId: string, asOf: number) {
  const profiles = await organisationProfiles(db, null, null);
  const person = profiles.get(personId);
  if (!person) return undefined;
  const ties = (await relationshipsOf(db, personId, asOf, p)).map(tieScoreOf);
  const m = personNetworkMetrics(person, ties, profiles, await organisationCategoriesFromPeople(db, asOf));
  const h = habitScorecard(personId, await referenceFactsOf(personId, asOf), asOf).habits;
  return metricValuesOf(m, h);
}

describe('group metrics over time (property test on PGlite)', () => {
  it('read once and cut at each instant, equal every person computed alone at every instant', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory,
        fc.uniqueArray(fc.integer({ min: 0, max: 75 }), { minLength: 1, maxLength: 4 }),
        async (events, days) => {
          await emptyReadModels(db);
          await db.transaction((tx) => projectEvents(tx, events, p));
          const instants = days.map((day) => Date.parse(dayAt(day, 12)));
          const together = await groupMetricsOverTime(db, people, instants, p);
          expect(together).toHaveLength(instants.length);
          for (const [i, asOf] of instants.entries()) {
            for (const person of people) expect(together[i]!.get(person)).toEqual(await oneByOne(person, asOf));
            expect(await groupMetricsAt(db, people, asOf, p)).toEqual(together[i]);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('from the pair sums at one instant, equal the figures computed from history, for any delivery order and instant', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventHistory.chain((events) =>
          fc.tuple(deliveryOf(events, 'any'), fc.integer({ min: -3, max: 400 }), fc.subarray(people, { minLength: 1 })),
        ),
        async ([batches, day, group]) => {
          await emptyReadModels(db);
          for (const batch of batches) await db.transaction((tx) => projectEvents(tx, batch, p));
          const asOf = Date.parse(dayAt(0, 12)) + day * 86_400_000;
          const [fromHistory] = await groupMetricsFromHistory(db, group, [asOf], p);
          expect(await groupMetricsFromPairSums(db, group, asOf, p)).toEqual(fromHistory);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('answer an empty group without reading anything', async () => {
    expect(await groupMetricsOverTime(db, [], [Date.parse(dayAt(3))], p)).toEqual([new Map()]);
  });
});
