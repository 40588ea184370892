import type { Channel } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

export interface FeedbackRequest {
  readonly interactionId: string;
  readonly initiatorId: string;
  readonly occurredAt: string;
  readonly channel: Channel;
  readonly kind: string | null;
  /** The person has already confirmed the interaction happened as recorded. */
  readonly confirmed: boolean;
}

/**
 * Habit 1's question, waiting for a person: interactions someone else started with them
 * between `since` and `upTo`, not retracted, that they have neither answered ("did you feel
 * heard?"), disputed nor dismissed; newest first, at most `limit`.
 */
export async function feedbackRequestsOf(
  db: SqlExecutor,
  personId: string,
  since: number,
  upTo: number,
  limit = 20,
): Promise<FeedbackRequest[]> {
  const { rows } = await db.query<{
    interaction_id: string;
    initiator_id: string;
    occurred_at: Date | string;
    channel: Channel;
    kind: string | null;
    verdict: string | null;
  }>(
    `SELECT i.interaction_id, i.initiator_id, i.occurred_at, i.channel, i.kind, v.verdict
       FROM rm_interactions i
       LEFT JOIN rm_interaction_verdicts v ON v.interaction_id = i.interaction_id AND v.counterpart_id = $1
      WHERE NOT i.retracted AND $1 = ANY(i.participant_ids) AND i.initiator_id <> $1
        AND i.occurred_at > $2 AND i.occurred_at <= $3
        AND v.verdict IS DISTINCT FROM 'disputed'
        AND NOT EXISTS (SELECT 1 FROM rm_counterpart_feedback f WHERE f.interaction_id = i.interaction_id AND f.from_id = $1)
        AND NOT EXISTS (SELECT 1 FROM rm_feedback_dismissals d WHERE d.person_id = $1 AND d.interaction_id = i.interaction_id)
      ORDER BY i.occurred_at DESC, i.interaction_id
      LIMIT $4`,
    [personId, new Date(since).toISOString(), new Date(upTo).toISOString(), limit],
  );
  return rows.map((r) => ({
    interactionId: r.interaction_id,
    initiatorId: r.initiator_id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    channel: r.channel,
    kind: r.kind,
    confirmed: r.verdict === 'confirmed',
  }));
}
