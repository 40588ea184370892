import type { RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { arrayLiteral, columnsOf } from '../sql-arrays';
import type { PreviousForm } from '../signals/interactions.projection';
import { ORGANISATION, SNAPSHOT_HORIZON_SQL } from './person-snapshots.schema';

/**
 * Who one batch's events touch, and from when, for the person snapshots: the people an
 * event names directly; the interactions feedback rates, whose current form
 * (participants, time) is looked up in the statement; and the forms the batch replaced:
 * a correction touches the people of the old form too, a retraction those of the form
 * it removes. A logged or corrected interaction names its own people; when it is not
 * applied (a newer version is already in), nothing it names changed.
 */
export class SnapshotInvalidation {
  private readonly people: (readonly [string, string])[] = [];
  private readonly interactions: (readonly [string, string])[] = [];
  private organisation = false;

  add(event: RapportEvent): void {
    const touch = (at: string, ...ids: string[]) => {
      for (const id of ids) this.people.push([id, at]);
    };
    switch (event.type) {
      case 'PersonRegistered':
        this.organisation = true;
        // Where the person reports is settled here: a batch raising their version waits for this one (write).
        if (event.data.managerId) touch('-infinity', event.data.personId);
        return;
      case 'PersonProfileUpdated':
        this.organisation = true;
        if (event.data.changes.managerId !== undefined) touch('-infinity', event.data.personId);
        return;
      case 'PersonErased':
        this.organisation = true;
        return;
      case 'InteractionLogged':
      case 'InteractionCorrected':
        return touch(event.data.occurredAt, ...event.data.participantIds);
      case 'CounterpartFeedbackGiven':
        this.interactions.push([event.data.interactionId, event.occurredAt]);
        return;
      case 'HelpGiven':
        return touch(event.data.occurredAt, event.data.giverId, event.data.receiverId);
      case 'IntroductionMade':
        return touch(event.data.occurredAt, event.data.introducerId, event.data.personAId, event.data.personBId);
      case 'ThankYouNoteSent':
        return touch(event.data.occurredAt, event.data.fromId, event.data.toId);
      case 'NetworkingTargetAdded':
      case 'NetworkingTargetRemoved':
        return touch(event.occurredAt, event.data.personId);
      default:
        return;
    }
  }

  /**
   * Raises the versions of the people touched at or before the snapshot horizon (and
   * the organisation's, on any change to people), then the subtree version of each of
   * them and of every manager above them; nothing when the batch touches no one. Runs
   * after the batch's other writes (the interactions it replaced are given as
   * `previousForms`), so the rows it raises stay locked only until commit.
   *
   * Two statements: the managers above are read once this transaction holds the people's
   * version rows. A batch that moves a person to another manager raises that person's
   * version too, so a batch touching them at once waits for it, and then finds the new
   * manager; read in the same statement, the reporting lines were those of the
   * statement's start, and a dashboard computed for the new manager in between was kept
   * as valid without the other batch's change.
   */
  async write(tx: SqlExecutor, previousForms: readonly PreviousForm[] = []): Promise<void> {
    const people = [...this.people, ...previousForms.flatMap((form) => form.participantIds.map((id) => [id, form.occurredAt] as const))];
    if (people.length === 0 && this.interactions.length === 0 && !this.organisation) return;
    const { rows: raised } = await tx.query<{ person_id: string }>(
      `WITH touched AS (
         SELECT x.person_id, x.at FROM unnest($1::uuid[], $2::timestamptz[]) AS x(person_id, at)
         UNION ALL
         SELECT p.person_id, least(i.occurred_at, x.at)
           FROM unnest($3::uuid[], $4::timestamptz[]) AS x(interaction_id, at)
           JOIN rm_interactions i ON i.interaction_id = x.interaction_id AND NOT i.retracted
          CROSS JOIN LATERAL unnest(i.participant_ids) AS p(person_id)
         UNION ALL
         SELECT $5::uuid, '-infinity'::timestamptz WHERE $6::boolean
       )
       -- An hour's margin: a batch whose transaction spans the turn of a week still raises what a reader may keep.
       INSERT INTO rm_snapshot_versions AS v (person_id, version)
       SELECT person_id, 1 FROM touched
        WHERE at <= ${SNAPSHOT_HORIZON_SQL.replace('now()', `now() + interval '1 hour'`)}
        GROUP BY person_id ORDER BY person_id
       ON CONFLICT (person_id) DO UPDATE SET version = v.version + 1
       RETURNING v.person_id`,
      [...columnsOf(people, 2), ...columnsOf(this.interactions, 2), ORGANISATION, this.organisation],
    );
    const managed = raised.map((r) => r.person_id).filter((id) => id !== ORGANISATION);
    if (managed.length === 0) return;
    await tx.query(
      `WITH RECURSIVE above (person_id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT p.manager_id FROM above a JOIN rm_people p ON p.person_id = a.person_id WHERE p.manager_id IS NOT NULL
       )
       -- The raised people and every manager above them (UNION stops at a loop in the reporting lines).
       INSERT INTO rm_subtree_versions AS s (manager_id, version)
       SELECT person_id, 1 FROM above ORDER BY person_id
       ON CONFLICT (manager_id) DO UPDATE SET version = s.version + 1`,
      [arrayLiteral(managed)],
    );
  }
}
