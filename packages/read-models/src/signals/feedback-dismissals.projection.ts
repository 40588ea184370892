import type { RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import type { PeopleChanges } from '../people.projection';
import { columnsOf } from '../sql-arrays';

type Dismissed = Extract<RapportEvent, { type: 'FeedbackRequestDismissed' }>;

/**
 * Dismissed "did you feel heard?" questions from one batch, written with one statement:
 * per (person, interaction) the earliest dismissal, in the batch and against the row
 * already there, so any delivery order gives the same row and a redelivery changes nothing.
 */
export class FeedbackDismissalChanges {
  private readonly dismissals = new Map<string, readonly [personId: string, interactionId: string, at: string]>();

  constructor(private readonly people: PeopleChanges) {}

  add(event: Dismissed): void {
    const { personId, interactionId } = event.data;
    const key = `${personId}/${interactionId}`.toLowerCase();
    const kept = this.dismissals.get(key);
    if (!kept || Date.parse(event.occurredAt) < Date.parse(kept[2])) this.dismissals.set(key, [personId, interactionId, event.occurredAt]);
    // The person stream's version (a profile update's expectedVersion) follows every event on it.
    this.people.versionSeen(personId, event.streamVersion);
  }

  async write(tx: SqlExecutor): Promise<void> {
    if (this.dismissals.size === 0) return;
    await tx.query(
      `INSERT INTO rm_feedback_dismissals AS d (person_id, interaction_id, dismissed_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[])
       ON CONFLICT (person_id, interaction_id) DO UPDATE SET dismissed_at = least(d.dismissed_at, EXCLUDED.dismissed_at)
       WHERE EXCLUDED.dismissed_at < d.dismissed_at`,
      columnsOf([...this.dismissals.values()], 3),
    );
  }
}
