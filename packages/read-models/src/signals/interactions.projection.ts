import type { InteractionLoggedV2, RapportEvent } from '@rapport/contracts';
import { interactionContributions, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { insertContributions } from '../relationships.projection';

type InteractionChange = Extract<RapportEvent, { type: 'InteractionLogged' | 'InteractionCorrected' | 'InteractionRetracted' }>;

export const isInteractionChange = (event: RapportEvent): event is InteractionChange =>
  event.type === 'InteractionLogged' || event.type === 'InteractionCorrected' || event.type === 'InteractionRetracted';

/** Per interaction, the change with the highest stream version (a retraction is always the last). */
function latestPerInteraction(changes: readonly InteractionChange[]): InteractionChange[] {
  const latest = new Map<string, InteractionChange>();
  for (const change of changes) {
    const id = change.data.interactionId;
    const seen = latest.get(id);
    if (!seen || change.streamVersion > seen.streamVersion) latest.set(id, change);
  }
  return [...latest.values()];
}

const rowOf = (change: InteractionChange) => {
  const base = { interaction_id: change.data.interactionId, version: change.streamVersion, event_id: change.eventId };
  if (change.type === 'InteractionRetracted') return { ...base, retracted: true };
  const d: InteractionLoggedV2 = change.data;
  return {
    ...base,
    retracted: false,
    initiator_id: d.initiatorId,
    participant_ids: d.participantIds,
    occurred_at: d.occurredAt,
    channel: d.channel,
    location: d.location ?? null,
    kind: d.kind,
    duration_minutes: d.durationMinutes ?? null,
    questions_asked: d.questionsAsked ?? null,
    stories_told: d.storiesTold ?? null,
  };
};

/**
 * Logged, corrected and retracted interactions: the row keeps the highest stream
 * version (a retraction is a tombstone nothing revives), and whenever the row changes
 * the interaction's tie contributions are replaced — deleted by source_id, inserted
 * from the current form — so every read model looks as if the interaction had been
 * logged in its corrected form, or never. Idempotent and independent of arrival order.
 */
export async function projectInteractionChanges(
  tx: SqlExecutor,
  changes: readonly InteractionChange[],
  p: StrengthParameters,
): Promise<void> {
  if (changes.length === 0) return;
  const latest = latestPerInteraction(changes);
  const { rows } = await tx.query<{ interaction_id: string }>(
    `INSERT INTO rm_interactions AS i (interaction_id, version, retracted, event_id, initiator_id, participant_ids,
       occurred_at, channel, location, kind, duration_minutes, questions_asked, stories_told)
     SELECT interaction_id, version, retracted, CASE WHEN retracted THEN NULL ELSE event_id END, initiator_id,
            participant_ids, occurred_at, channel, location, kind, duration_minutes, questions_asked, stories_told
       FROM jsonb_to_recordset($1::jsonb) AS x(interaction_id uuid, version int, retracted boolean, event_id uuid,
            initiator_id uuid, participant_ids uuid[], occurred_at timestamptz, channel text, location text, kind text,
            duration_minutes int, questions_asked int, stories_told int)
     ON CONFLICT (interaction_id) DO UPDATE SET
       version = EXCLUDED.version, retracted = EXCLUDED.retracted, event_id = EXCLUDED.event_id,
       initiator_id = EXCLUDED.initiator_id, participant_ids = EXCLUDED.participant_ids, occurred_at = EXCLUDED.occurred_at,
       channel = EXCLUDED.channel, location = EXCLUDED.location, kind = EXCLUDED.kind,
       duration_minutes = EXCLUDED.duration_minutes, questions_asked = EXCLUDED.questions_asked, stories_told = EXCLUDED.stories_told
     WHERE NOT i.retracted AND (EXCLUDED.retracted OR i.version < EXCLUDED.version)
     RETURNING interaction_id`,
    [JSON.stringify(latest.map(rowOf))],
  );
  const changed = new Set(rows.map((r) => r.interaction_id));
  if (changed.size === 0) return;
  await tx.query(`DELETE FROM rm_tie_contributions WHERE source_id = ANY($1::text[])`, [[...changed]]);
  const current = latest.filter((c) => changed.has(c.data.interactionId) && c.type !== 'InteractionRetracted');
  await insertContributions(
    tx,
    current.flatMap((c) => interactionContributions(c.eventId, c.data as InteractionLoggedV2, p)),
    p,
  );
}
