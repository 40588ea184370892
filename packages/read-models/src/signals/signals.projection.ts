import { parseStreamId, type RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import type { PeopleChanges } from '../people.projection';
import { columnsOf } from '../sql-arrays';

type Row = readonly (string | number | boolean | null)[];

/** The tables of signals written as new rows: each column with its SQL type, in the order a row holds its values. */
const signalTables = {
  feedback: 'rm_counterpart_feedback (interaction_id uuid, from_id uuid, felt_heard int, occurred_at timestamptz)',
  help: 'rm_help (event_id uuid, giver_id uuid, receiver_id uuid, kind text, occurred_at timestamptz)',
  introductions: 'rm_introductions (event_id uuid, introducer_id uuid, person_a_id uuid, person_b_id uuid, occurred_at timestamptz)',
  notes: 'rm_thank_you_notes (event_id uuid, from_id uuid, to_id uuid, handwritten boolean, interaction_id uuid, occurred_at timestamptz)',
  targetChanges: 'rm_target_changes (person_id uuid, stream_version int, target_id uuid, added boolean, occurred_at timestamptz)',
};

/**
 * Verdicts, feedback, help, introductions, notes and target changes from one batch,
 * written with one statement per table: each row is keyed by its event (or entity +
 * stream version), so a redelivery or any order gives the same rows. Contributions to
 * tie strength are stored by relationships.projection.
 */
export class SignalChanges {
  /** Per (interaction, counterpart): the verdict with the highest stream version, the first of equals. */
  private readonly verdicts = new Map<string, { readonly version: number; readonly row: Row }>();
  /** Per (interaction, author): the first feedback (later ones do nothing, as ON CONFLICT DO NOTHING would). */
  private readonly feedback = new Map<string, Row>();
  private readonly help: Row[] = [];
  private readonly introductions: Row[] = [];
  private readonly notes: Row[] = [];
  private readonly targetChanges: Row[] = [];

  constructor(private readonly people: PeopleChanges) {}

  add(event: RapportEvent): void {
    switch (event.type) {
      case 'InteractionConfirmed':
      case 'InteractionDisputed': {
        // A dispute's reason is the counterpart's personal free text: it stays sealed in the
        // event and is never copied into a read model (crypto-shredding, docs/privacy.md).
        const verdict = event.type === 'InteractionConfirmed' ? 'confirmed' : 'disputed';
        const row = [event.data.interactionId, event.data.counterpartId, verdict, event.streamVersion, event.occurredAt, null];
        const key = `${event.data.interactionId}/${event.data.counterpartId}`.toLowerCase();
        const kept = this.verdicts.get(key);
        if (!kept || kept.version < event.streamVersion) this.verdicts.set(key, { version: event.streamVersion, row });
        return;
      }
      case 'CounterpartFeedbackGiven': {
        const key = `${event.data.interactionId}/${event.data.fromId}`.toLowerCase();
        if (!this.feedback.has(key))
          this.feedback.set(key, [event.data.interactionId, event.data.fromId, event.data.feltHeard, event.occurredAt]);
        return;
      }
      case 'HelpGiven':
        this.help.push([event.eventId, event.data.giverId, event.data.receiverId, event.data.kind, event.data.occurredAt]);
        return this.versionSeen(event);
      case 'IntroductionMade':
        this.introductions.push([
          event.eventId,
          event.data.introducerId,
          event.data.personAId,
          event.data.personBId,
          event.data.occurredAt,
        ]);
        return this.versionSeen(event);
      case 'ThankYouNoteSent':
        this.notes.push([
          event.eventId,
          event.data.fromId,
          event.data.toId,
          event.data.handwritten,
          event.data.interactionId ?? null,
          event.data.occurredAt,
        ]);
        return this.versionSeen(event);
      case 'NetworkingTargetAdded':
      case 'NetworkingTargetRemoved':
        this.targetChanges.push([
          event.data.personId,
          event.streamVersion,
          event.data.targetId,
          event.type === 'NetworkingTargetAdded',
          event.occurredAt,
        ]);
        return this.versionSeen(event);
      default:
        return;
    }
  }

  async write(tx: SqlExecutor): Promise<void> {
    if (this.verdicts.size > 0) {
      await tx.query(
        `INSERT INTO rm_interaction_verdicts AS v (interaction_id, counterpart_id, verdict, stream_version, occurred_at, reason)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::timestamptz[], $6::text[])
         ON CONFLICT (interaction_id, counterpart_id) DO UPDATE SET
           verdict = EXCLUDED.verdict, stream_version = EXCLUDED.stream_version, occurred_at = EXCLUDED.occurred_at, reason = EXCLUDED.reason
         WHERE v.stream_version < EXCLUDED.stream_version`,
        columnsOf(
          [...this.verdicts.values()].map((v) => v.row),
          6,
        ),
      );
    }
    await insertNew(tx, signalTables.feedback, [...this.feedback.values()]);
    await insertNew(tx, signalTables.help, this.help);
    await insertNew(tx, signalTables.introductions, this.introductions);
    await insertNew(tx, signalTables.notes, this.notes);
    await insertNew(tx, signalTables.targetChanges, this.targetChanges);
  }

  /**
   * Signals share the person stream with the profile: the person's version (what a
   * profile update's expectedVersion is compared with) follows the stream.
   */
  private versionSeen(event: RapportEvent): void {
    const { category, entityId } = parseStreamId(event.streamId);
    if (category === 'person' && /^[0-9a-f-]{36}$/i.test(entityId)) this.people.versionSeen(entityId, event.streamVersion);
  }
}

/**
 * One multi-row insert of rows keyed by their event (or entity and version) into
 * `table (column type, …)`; rows already there stay.
 */
async function insertNew(tx: SqlExecutor, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const [, name, typedColumns] = /^(\S+) \((.*)\)$/.exec(table)!;
  const columns = typedColumns!.split(', ').map((column) => column.split(' '));
  const names = columns.map(([column]) => column).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await tx.query(`INSERT INTO ${name} (${names}) SELECT * FROM unnest(${arrays}) ON CONFLICT DO NOTHING`, columnsOf(rows, columns.length));
}
