import { toLatest, type EventEnvelope, type RapportEvent } from '@rapport/contracts';
import {
  helpContribution,
  introductionContributions,
  thankYouContribution,
  type StrengthParameters,
  type TieContribution,
} from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { projectPersonErased, projectPersonProfileUpdated, projectPersonRegistered } from './people.projection';
import { plainTextOnly, type PersonalDataAccess } from './personal-text';
import { insertContributions } from './relationships.projection';
import { isInteractionChange, projectInteractionChanges } from './signals/interactions.projection';
import { projectSignal } from './signals/signals.projection';
import { projectCohortEvent } from './cohorts/cohorts.projection';

/** Events already projected are skipped: the processed id is recorded in the same transaction. */
async function claimUnprocessed(tx: SqlExecutor, events: readonly RapportEvent[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const { rows } = await tx.query<{ event_id: string }>(
    `INSERT INTO rm_processed_events (event_id, global_position)
     SELECT * FROM unnest($1::uuid[], $2::bigint[])
     ON CONFLICT DO NOTHING
     RETURNING event_id`,
    [events.map((e) => e.eventId), events.map((e) => e.globalPosition ?? '0')],
  );
  return new Set(rows.map((r) => r.event_id));
}

/**
 * Applies a batch of events to every read model inside the caller's transaction,
 * with an exactly-once effect. Returns how many events were new.
 * Events are facts: their content never makes this throw (invalid envelopes are
 * rejected earlier, by `toLatest`).
 */
export async function projectEvents(
  tx: SqlExecutor,
  events: readonly RapportEvent[],
  p: StrengthParameters,
  personal: PersonalDataAccess = plainTextOnly,
): Promise<number> {
  const fresh = await claimUnprocessed(tx, events);
  const opener = await personal.openerFor(tx, events);
  const contributions: TieContribution[] = [];
  for (const event of events) {
    if (!fresh.has(event.eventId)) continue;
    const meta = { streamVersion: event.streamVersion, occurredAt: event.occurredAt };
    switch (event.type) {
      case 'PersonRegistered':
        await projectPersonRegistered(tx, event.data, meta, opener);
        break;
      case 'PersonProfileUpdated':
        await projectPersonProfileUpdated(tx, event.data, meta, opener);
        break;
      case 'PersonErased':
        await projectPersonErased(tx, event.data.personId, meta);
        break;
      case 'HelpGiven':
        contributions.push(...helpContribution(event.eventId, event.data, p));
        break;
      case 'IntroductionMade':
        contributions.push(...introductionContributions(event.eventId, event.data, p));
        break;
      case 'ThankYouNoteSent':
        contributions.push(...thankYouContribution(event.eventId, event.data, p));
        break;
    }
    await projectSignal(tx, event);
    await projectCohortEvent(tx, event);
  }
  // Logged, corrected and retracted interactions replace their contributions by source_id.
  const interactionChanges = events.filter(isInteractionChange).filter((e) => fresh.has(e.eventId));
  await projectInteractionChanges(tx, interactionChanges, p);
  await insertContributions(tx, contributions, p);
  return fresh.size;
}

/** Parses and upcasts an envelope; throws UnknownEventError when it cannot be projected. */
export const readableEvent = (envelope: EventEnvelope): RapportEvent => toLatest(envelope);
