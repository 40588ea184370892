import type { Channel, MeetingPlace } from '@rapport/contracts';
import {
  habitScorecard,
  type HabitParameters,
  type HabitScorecard,
  type InteractionFact,
  type ScorecardFacts,
  type StrengthParameters,
  type TieScore,
} from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { tieScoresOf } from '../relationships.query';

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

interface FeedbackRow extends Record<string, unknown> {
  initiator_id: string;
  interaction_id: string;
  from_id: string;
  felt_heard: number;
  occurred_at: Date | string;
}

const toFeedback = (r: FeedbackRow): ScorecardHistory['feedback'][number] => ({
  interactionId: r.interaction_id,
  fromId: r.from_id,
  feltHeard: Number(r.felt_heard),
  occurredAt: ms(r.occurred_at),
});

interface TargetChangeRow extends Record<string, unknown> {
  person_id: string;
  target_id: string;
  added: boolean;
  occurred_at: Date | string;
  stream_version: number | string;
}

const toTargetChange = (r: TargetChangeRow): ScorecardHistory['targetChanges'][number] => ({
  targetId: r.target_id,
  added: r.added,
  occurredAt: ms(r.occurred_at),
  streamVersion: Number(r.stream_version),
});

/**
 * A person's scorecard facts up to some instant, each with its time, before they are cut
 * at T: the target list is kept as its changes so that it can be read as of any T.
 */
export interface ScorecardHistory {
  readonly interactions: InteractionFact[];
  readonly feedback: Array<ScorecardFacts['feedback'][number]>;
  readonly helpGiven: Array<{ occurredAt: number }>;
  readonly helpReceived: Array<{ occurredAt: number }>;
  readonly introductionsMade: Array<{ occurredAt: number }>;
  readonly notesSent: Array<ScorecardFacts['notesSent'][number]>;
  readonly targetChanges: Array<{ targetId: string; added: boolean; occurredAt: number; streamVersion: number }>;
}

const emptyHistory = (): ScorecardHistory => ({
  interactions: [],
  feedback: [],
  helpGiven: [],
  helpReceived: [],
  introductionsMade: [],
  notesSent: [],
  targetChanges: [],
});

/**
 * The scorecard histories of several people up to T, read from the read models in one
 * query per table (retracted interactions excluded).
 */
export async function scorecardHistoriesOf(
  db: SqlExecutor,
  personIds: readonly string[],
  upTo: number,
): Promise<Map<string, ScorecardHistory>> {
  const out = new Map<string, ScorecardHistory>(personIds.map((id) => [id, emptyHistory()]));
  if (personIds.length === 0) return out;
  const t = new Date(upTo).toISOString();
  const q = <R extends Record<string, unknown>>(sql: string) => db.query<R>(sql, [personIds, t]).then((r) => r.rows);
  const [interactions, feedback, helpGiven, helpReceived, introductions, notes, targets] = await Promise.all([
    q<InteractionRow>(
      `SELECT interaction_id, initiator_id, participant_ids, occurred_at, channel, location, questions_asked, stories_told
         FROM rm_interactions WHERE NOT retracted AND participant_ids && $1::uuid[] AND occurred_at <= $2`,
    ),
    q<FeedbackRow>(
      `SELECT i.initiator_id, f.interaction_id, f.from_id, f.felt_heard, f.occurred_at
         FROM rm_counterpart_feedback f JOIN rm_interactions i USING (interaction_id)
        WHERE i.initiator_id = ANY($1::uuid[]) AND NOT i.retracted AND f.occurred_at <= $2`,
    ),
    q<{ person_id: string; occurred_at: Date | string }>(
      `SELECT giver_id AS person_id, occurred_at FROM rm_help WHERE giver_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    ),
    q<{ person_id: string; occurred_at: Date | string }>(
      `SELECT receiver_id AS person_id, occurred_at FROM rm_help WHERE receiver_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    ),
    q<{ person_id: string; occurred_at: Date | string }>(
      `SELECT introducer_id AS person_id, occurred_at FROM rm_introductions WHERE introducer_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    ),
    q<{ from_id: string; to_id: string; handwritten: boolean; occurred_at: Date | string }>(
      `SELECT from_id, to_id, handwritten, occurred_at FROM rm_thank_you_notes WHERE from_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    ),
    q<TargetChangeRow>(
      `SELECT person_id, target_id, added, occurred_at, stream_version FROM rm_target_changes WHERE person_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    ),
  ]);
  for (const r of interactions) {
    const fact = toFact(r);
    for (const id of r.participant_ids) out.get(id)?.interactions.push(fact);
  }
  for (const f of feedback) out.get(f.initiator_id)?.feedback.push(toFeedback(f));
  for (const h of helpGiven) out.get(h.person_id)?.helpGiven.push({ occurredAt: ms(h.occurred_at) });
  for (const h of helpReceived) out.get(h.person_id)?.helpReceived.push({ occurredAt: ms(h.occurred_at) });
  for (const i of introductions) out.get(i.person_id)?.introductionsMade.push({ occurredAt: ms(i.occurred_at) });
  for (const n of notes) out.get(n.from_id)?.notesSent.push({ toId: n.to_id, handwritten: n.handwritten, occurredAt: ms(n.occurred_at) });
  for (const c of targets) out.get(c.person_id)?.targetChanges.push(toTargetChange(c));
  return out;
}

/** A person's scorecard facts as of T, cut from their history; `ties` are their ties as of T. */
export function scorecardFactsFrom(
  history: ScorecardHistory,
  ties: readonly Pick<TieScore, 'counterpartId' | 'strength'>[],
  asOf: number,
): ScorecardFacts {
  const byT = <R extends { occurredAt: number }>(rows: readonly R[]) => rows.filter((r) => r.occurredAt <= asOf);
  const latestChange = new Map<string, ScorecardHistory['targetChanges'][number]>();
  for (const change of byT(history.targetChanges)) {
    const seen = latestChange.get(change.targetId);
    if (!seen || change.streamVersion > seen.streamVersion) latestChange.set(change.targetId, change);
  }
  const strengthTo = new Map(ties.map((tie) => [tie.counterpartId, tie.strength]));
  return {
    interactions: byT(history.interactions),
    feedback: byT(history.feedback),
    helpGiven: byT(history.helpGiven),
    helpReceived: byT(history.helpReceived),
    introductionsMade: byT(history.introductionsMade),
    notesSent: byT(history.notesSent),
    targets: [...latestChange.values()]
      .filter((c) => c.added)
      .map((c) => ({ targetId: c.targetId, strength: strengthTo.get(c.targetId) ?? 0 })),
  };
}

/** Everything one person's scorecard needs as of T, from the read models. */
export async function scorecardFactsOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  strength: StrengthParameters,
): Promise<ScorecardFacts> {
  const [histories, ties] = await Promise.all([scorecardHistoriesOf(db, [personId], asOf), tieScoresOf(db, personId, asOf, strength)]);
  return scorecardFactsFrom(histories.get(personId) ?? emptyHistory(), ties, asOf);
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
