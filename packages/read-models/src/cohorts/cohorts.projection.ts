import type { RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { arrayLiteral, columnsOf } from '../sql-arrays';

type Of<T extends RapportEvent['type']> = Extract<RapportEvent, { type: T }>;
type Row = readonly (string | number | boolean | null)[];

/**
 * Programmes, cohorts, enrolments and exports from one batch; every write is idempotent
 * and order-independent, so rows of a kind go in one statement. Only a cohort's own
 * definition (created, updated) is applied event by event, in batch order: the
 * programme is kept from the first definition that names one.
 */
export class CohortChanges {
  private readonly programs = new Map<string, Row>();
  private readonly cohorts = new Map<string, string>();
  private readonly definitions: Array<Of<'CohortCreated'> | Of<'CohortUpdated'>> = [];
  /** Per cohort, the highest stream version an enrolment or withdrawal has seen. */
  private readonly versions = new Map<string, number>();
  /** Per (cohort, person): the enrolment or withdrawal with the highest stream version, the first of equals. */
  private readonly participants = new Map<string, { readonly version: number; readonly row: Row }>();
  private readonly exports = new Map<string, Row>();

  add(event: RapportEvent): void {
    const v = event.streamVersion;
    switch (event.type) {
      case 'ProgramCreated': {
        const d = event.data;
        firstOf(this.programs, d.programId, [d.programId, d.name, d.description ?? null, event.occurredAt]);
        return;
      }
      case 'CohortCreated':
      case 'CohortUpdated':
        firstOf(this.cohorts, event.data.cohortId, event.data.cohortId);
        this.definitions.push(event);
        return;
      case 'ParticipantEnrolled':
      case 'ParticipantWithdrawn': {
        const { cohortId, personId } = event.data;
        const enrolled = event.type === 'ParticipantEnrolled';
        firstOf(this.cohorts, cohortId, cohortId);
        const cohort = cohortId.toLowerCase();
        this.versions.set(cohort, Math.max(this.versions.get(cohort) ?? v, v));
        const key = `${cohort}/${personId.toLowerCase()}`;
        const kept = this.participants.get(key);
        if (!kept || kept.version < v)
          this.participants.set(key, { version: v, row: [cohortId, personId, enrolled, enrolled ? event.occurredAt : null, v] });
        return;
      }
      case 'ReportExported': {
        const d = event.data;
        const subjectId = d.subject.kind === 'cohort' ? d.subject.cohortId : d.subject.managerId;
        firstOf(this.exports, d.exportId, [d.exportId, d.actorId, d.subject.kind, subjectId, d.format, d.asOf, d.bytes, event.occurredAt]);
        return;
      }
      default:
        return;
    }
  }

  async write(tx: SqlExecutor): Promise<void> {
    if (this.programs.size > 0) {
      await tx.query(
        `INSERT INTO rm_programs (program_id, name, description, created_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) ON CONFLICT DO NOTHING`,
        columnsOf([...this.programs.values()], 4),
      );
    }
    if (this.cohorts.size > 0) {
      await tx.query(`INSERT INTO rm_cohorts (cohort_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [
        arrayLiteral([...this.cohorts.values()]),
      ]);
    }
    for (const event of this.definitions) await defineCohort(tx, event);
    if (this.versions.size > 0) {
      await tx.query(
        `UPDATE rm_cohorts AS c SET version = GREATEST(c.version, v.version)
           FROM unnest($1::uuid[], $2::int[]) AS v(cohort_id, version) WHERE c.cohort_id = v.cohort_id`,
        [arrayLiteral([...this.versions.keys()]), arrayLiteral([...this.versions.values()])],
      );
    }
    if (this.participants.size > 0) {
      await tx.query(
        `INSERT INTO rm_cohort_participants (cohort_id, person_id, enrolled, enrolled_at, stream_version)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::timestamptz[], $5::int[])
         ON CONFLICT (cohort_id, person_id) DO UPDATE
           SET enrolled = EXCLUDED.enrolled, enrolled_at = EXCLUDED.enrolled_at, stream_version = EXCLUDED.stream_version
           WHERE rm_cohort_participants.stream_version < EXCLUDED.stream_version`,
        columnsOf(
          [...this.participants.values()].map((p) => p.row),
          5,
        ),
      );
    }
    if (this.exports.size > 0) {
      await tx.query(
        `INSERT INTO rm_report_exports (export_id, actor_id, subject_kind, subject_id, format, as_of, bytes, exported_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[], $7::int[], $8::timestamptz[])
         ON CONFLICT DO NOTHING`,
        columnsOf([...this.exports.values()], 8),
      );
    }
  }
}

/** Keeps the first value per id (ids are uuids: case does not make another one). */
function firstOf<T>(map: Map<string, T>, id: string, value: T): void {
  const key = id.toLowerCase();
  if (!map.has(key)) map.set(key, value);
}

/** A cohort row keeps each field with the stream version that last set it, so updates may arrive in any order. */
async function defineCohort(tx: SqlExecutor, event: Of<'CohortCreated'> | Of<'CohortUpdated'>): Promise<void> {
  const d = event.data;
  const created = event.type === 'CohortCreated' ? event.data : null;
  await tx.query(
    `UPDATE rm_cohorts SET
       program_id = COALESCE($2, program_id),
       name = CASE WHEN $3::text IS NOT NULL AND name_version < $7 THEN $3 ELSE name END,
       name_version = CASE WHEN $3::text IS NOT NULL AND name_version < $7 THEN $7 ELSE name_version END,
       starts_on = CASE WHEN $4::date IS NOT NULL AND starts_version < $7 THEN $4 ELSE starts_on END,
       starts_version = CASE WHEN $4::date IS NOT NULL AND starts_version < $7 THEN $7 ELSE starts_version END,
       ends_on = CASE WHEN $5::date IS NOT NULL AND ends_version < $7 THEN $5 ELSE ends_on END,
       ends_version = CASE WHEN $5::date IS NOT NULL AND ends_version < $7 THEN $7 ELSE ends_version END,
       goals = CASE WHEN $6::text[] IS NOT NULL AND goals_version < $7 THEN $6 ELSE goals END,
       goals_version = CASE WHEN $6::text[] IS NOT NULL AND goals_version < $7 THEN $7 ELSE goals_version END,
       version = GREATEST(version, $7)
     WHERE cohort_id = $1`,
    [d.cohortId, created?.programId ?? null, d.name ?? null, d.startsOn ?? null, d.endsOn ?? null, d.goals ?? null, event.streamVersion],
  );
}
