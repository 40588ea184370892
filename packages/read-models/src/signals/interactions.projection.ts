import type { InteractionLoggedV2, RapportEvent } from '@rapport/contracts';
import { interactionContributions, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { contributionGroups, type ContributionGroup } from '../relationships.projection';
import { arrayLiteral } from '../sql-arrays';
import { removeContributions } from '../pairs/pair-sums.projection';

export type InteractionChange = Extract<RapportEvent, { type: 'InteractionLogged' | 'InteractionCorrected' | 'InteractionRetracted' }>;

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

/** The row's columns as jsonb_to_recordset reads them (a retraction leaves the data columns null). */
const rowOf = (change: InteractionChange) => {
  if (change.type === 'InteractionRetracted') {
    return { interaction_id: change.data.interactionId, version: change.streamVersion, event_id: change.eventId, retracted: true };
  }
  const d: InteractionLoggedV2 = change.data;
  return {
    interaction_id: d.interactionId,
    version: change.streamVersion,
    event_id: change.eventId,
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

const INPUT = `jsonb_to_recordset($1::jsonb) AS x(interaction_id uuid, version int, retracted boolean, event_id uuid,
  initiator_id uuid, participant_ids uuid[], occurred_at timestamptz, channel text, location text, kind text,
  duration_minutes int, questions_asked int, stories_told int)`;

/** The form an interaction had before a batch replaced it: who took part, and when. */
export interface PreviousForm {
  readonly participantIds: readonly string[];
  readonly occurredAt: string;
}

/** The contributions of the interactions' current forms, and the forms they replaced. */
export interface ReplacedInteractions {
  readonly groups: ContributionGroup[];
  readonly previousForms: PreviousForm[];
}

/**
 * Logged, corrected and retracted interactions: the row keeps the highest stream
 * version (a retraction is a tombstone nothing revives), and whenever the row changes
 * the interaction's tie contributions are replaced — the ones of the event the row held
 * are deleted here, and the ones of the current form are returned for the caller to
 * insert with the batch's other contributions, with the forms they replaced — so every read model looks as if the
 * interaction had been logged in its corrected form, or never. Idempotent and
 * independent of arrival order.
 *
 * Three steps, so that replacing finds the old contributions by their event through
 * the primary key: interactions seen for the first time are inserted (nothing to
 * replace); the others are locked and read, which waits for any other worker still
 * writing them; then updated where the change is newer.
 */
export async function replaceInteractions(
  tx: SqlExecutor,
  changes: readonly InteractionChange[],
  p: StrengthParameters,
): Promise<ReplacedInteractions> {
  if (changes.length === 0) return { groups: [], previousForms: [] };
  const latest = latestPerInteraction(changes);
  const inserting = tx.query<{ interaction_id: string }>(
    `INSERT INTO rm_interactions (interaction_id, version, retracted, event_id, initiator_id, participant_ids,
       occurred_at, channel, location, kind, duration_minutes, questions_asked, stories_told)
     SELECT interaction_id, version, retracted, CASE WHEN retracted THEN NULL ELSE event_id END, initiator_id,
            participant_ids, occurred_at, channel, location, kind, duration_minutes, questions_asked, stories_told
       FROM ${INPUT}
     ON CONFLICT (interaction_id) DO NOTHING
     RETURNING interaction_id`,
    [JSON.stringify(latest.map(rowOf))],
  );
  inserting.catch(() => {}); // awaited below, once the current forms' contributions are worked out meanwhile
  const current = new Map<string, ContributionGroup[]>();
  for (const c of latest) {
    if (c.type !== 'InteractionRetracted')
      current.set(c.data.interactionId, contributionGroups(interactionContributions(c.eventId, c.data, p)));
  }
  const { rows: inserted } = await inserting;
  const changed = new Set(inserted.map((r) => r.interaction_id));
  const known = latest.filter((c) => !changed.has(c.data.interactionId));
  const previousForms: PreviousForm[] = [];
  if (known.length > 0) {
    const ids = known.map((c) => c.data.interactionId);
    const { rows: held } = await tx.query<{
      interaction_id: string;
      event_id: string | null;
      participant_ids: string[] | null;
      occurred_at: Date | string | null;
    }>(
      `SELECT interaction_id, event_id, participant_ids::text[] AS participant_ids, occurred_at
         FROM rm_interactions WHERE interaction_id = ANY($1::uuid[]) ORDER BY interaction_id FOR UPDATE`,
      [arrayLiteral(ids)],
    );
    const { rows: updated } = await tx.query<{ interaction_id: string }>(
      `UPDATE rm_interactions AS i SET
         version = x.version, retracted = x.retracted, event_id = CASE WHEN x.retracted THEN NULL ELSE x.event_id END,
         initiator_id = x.initiator_id, participant_ids = x.participant_ids, occurred_at = x.occurred_at,
         channel = x.channel, location = x.location, kind = x.kind,
         duration_minutes = x.duration_minutes, questions_asked = x.questions_asked, stories_told = x.stories_told
        FROM ${INPUT}
       WHERE i.interaction_id = x.interaction_id AND NOT i.retracted AND (x.retracted OR i.version < x.version)
       RETURNING i.interaction_id`,
      [JSON.stringify(known.map(rowOf))],
    );
    const heldRow = new Map(held.map((r) => [r.interaction_id, r]));
    const replaced: string[] = [];
    for (const { interaction_id: id } of updated) {
      changed.add(id);
      const row = heldRow.get(id);
      // A tombstone's row (a retraction seen before its interaction) holds no event and no form.
      if (row?.event_id) replaced.push(row.event_id);
      if (row?.participant_ids && row.occurred_at !== null)
        previousForms.push({ participantIds: row.participant_ids, occurredAt: new Date(row.occurred_at).toISOString() });
    }
    // The contributions an interaction holds all come from the event its row names.
    await removeContributions(tx, replaced);
  }
  const groups: ContributionGroup[] = [];
  for (const [interactionId, contributions] of current) if (changed.has(interactionId)) groups.push(...contributions);
  return { groups, previousForms };
}
