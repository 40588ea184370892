import { parseStreamId, type RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

type Of<T extends RapportEvent['type']> = Extract<RapportEvent, { type: T }>;

/**
 * Verdicts, feedback, help, introductions, notes and target changes: each row is keyed
 * by its event (or entity + stream version), so a redelivery or any order gives the
 * same rows. Contributions to tie strength are stored by relationships.projection.
 */
export async function projectSignal(tx: SqlExecutor, event: RapportEvent): Promise<void> {
  switch (event.type) {
    case 'InteractionConfirmed':
    case 'InteractionDisputed':
      return projectVerdict(tx, event);
    case 'CounterpartFeedbackGiven':
      await tx.query(
        `INSERT INTO rm_counterpart_feedback (interaction_id, from_id, felt_heard, occurred_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [event.data.interactionId, event.data.fromId, event.data.feltHeard, event.occurredAt],
      );
      return;
    case 'HelpGiven':
      await tx.query(
        `INSERT INTO rm_help (event_id, giver_id, receiver_id, kind, occurred_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [event.eventId, event.data.giverId, event.data.receiverId, event.data.kind, event.data.occurredAt],
      );
      return bumpPersonVersion(tx, event);
    case 'IntroductionMade':
      await tx.query(
        `INSERT INTO rm_introductions (event_id, introducer_id, person_a_id, person_b_id, occurred_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [event.eventId, event.data.introducerId, event.data.personAId, event.data.personBId, event.data.occurredAt],
      );
      return bumpPersonVersion(tx, event);
    case 'ThankYouNoteSent':
      await tx.query(
        `INSERT INTO rm_thank_you_notes (event_id, from_id, to_id, handwritten, interaction_id, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [event.eventId, event.data.fromId, event.data.toId, event.data.handwritten, event.data.interactionId ?? null, event.data.occurredAt],
      );
      return bumpPersonVersion(tx, event);
    case 'NetworkingTargetAdded':
    case 'NetworkingTargetRemoved':
      await tx.query(
        `INSERT INTO rm_target_changes (person_id, stream_version, target_id, added, occurred_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [event.data.personId, event.streamVersion, event.data.targetId, event.type === 'NetworkingTargetAdded', event.occurredAt],
      );
      return bumpPersonVersion(tx, event);
    default:
      return;
  }
}

async function projectVerdict(tx: SqlExecutor, event: Of<'InteractionConfirmed'> | Of<'InteractionDisputed'>): Promise<void> {
  // A dispute's reason is the counterpart's personal free text: it stays sealed in the
  // event and is never copied into a read model (crypto-shredding, docs/privacy.md).
  const reason = null;
  await tx.query(
    `INSERT INTO rm_interaction_verdicts AS v (interaction_id, counterpart_id, verdict, stream_version, occurred_at, reason)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (interaction_id, counterpart_id) DO UPDATE SET
       verdict = EXCLUDED.verdict, stream_version = EXCLUDED.stream_version, occurred_at = EXCLUDED.occurred_at, reason = EXCLUDED.reason
     WHERE v.stream_version < EXCLUDED.stream_version`,
    [event.data.interactionId, event.data.counterpartId, event.type === 'InteractionConfirmed' ? 'confirmed' : 'disputed', event.streamVersion, event.occurredAt, reason],
  );
}

/**
 * Signals share the person stream with the profile: the person's version (what a
 * profile update's expectedVersion is compared with) follows the stream.
 */
async function bumpPersonVersion(tx: SqlExecutor, event: RapportEvent): Promise<void> {
  const { category, entityId } = parseStreamId(event.streamId);
  if (category !== 'person' || !/^[0-9a-f-]{36}$/i.test(entityId)) return;
  await tx.query(`UPDATE rm_people SET version = GREATEST(version, $2) WHERE person_id = $1::uuid`, [entityId, event.streamVersion]);
}
