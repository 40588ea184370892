import type { Channel, MeetingPlace } from '@rapport/contracts';
import { habitScorecard, type HabitParameters, type HabitScorecard, type InteractionFact, type ScorecardFacts, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { relationshipsOf } from '../relationships.query';

interface InteractionRow extends Record<string, unknown> {
  interaction_id: string;
  initiator_id: string;
  participant_ids: string[];
  occurred_at: Date | string;
  channel: Channel;
  location: MeetingPlace | null;
  questions_asked: number | null;
  stories_told: number | null;
}

const ms = (t: Date | string): number => new Date(t).getTime();
const at = (rows: ReadonlyArray<{ occurred_at: Date | string }>) => rows.map((r) => ({ occurredAt: ms(r.occurred_at) }));

const toFact = (r: InteractionRow): InteractionFact => ({
  interactionId: r.interaction_id,
  initiatorId: r.initiator_id,
  participantIds: r.participant_ids,
  occurredAt: ms(r.occurred_at),
  channel: r.channel,
  location: r.location ?? undefined,
  questionsAsked: r.questions_asked ?? undefined,
  storiesTold: r.stories_told ?? undefined,
});

/** Everything one person's scorecard needs as of T, from the read models (retracted interactions excluded). */
export async function scorecardFactsOf(db: SqlExecutor, personId: string, asOf: number, strength: StrengthParameters): Promise<ScorecardFacts> {
  const t = new Date(asOf).toISOString();
  const q = <R extends Record<string, unknown>>(sql: string) => db.query<R>(sql, [personId, t]).then((r) => r.rows);
  const [interactions, feedback, helpGiven, helpReceived, introductions, notes, targetRows, ties] = await Promise.all([
    q<InteractionRow>(
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
    relationshipsOf(db, personId, asOf, strength),
  ]);
  const strengthTo = new Map(ties.map((tie) => [tie.counterpartId, tie.strength]));
  return {
    interactions: interactions.map(toFact),
    feedback: feedback.map((f) => ({ interactionId: f.interaction_id, fromId: f.from_id, feltHeard: Number(f.felt_heard), occurredAt: ms(f.occurred_at) })),
    helpGiven: at(helpGiven),
    helpReceived: at(helpReceived),
    introductionsMade: at(introductions),
    notesSent: notes.map((n) => ({ toId: n.to_id, handwritten: n.handwritten, occurredAt: ms(n.occurred_at) })),
    targets: targetRows.filter((r) => r.added).map((r) => ({ targetId: r.target_id, strength: strengthTo.get(r.target_id) ?? 0 })),
  };
}

/** The habit scorecard of one person as of T (SPEC §6.5). */
export async function scorecardOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  strength: StrengthParameters,
  habits?: HabitParameters,
): Promise<HabitScorecard> {
  return habitScorecard(personId, await scorecardFactsOf(db, personId, asOf, strength), asOf, habits);
}
