import type { RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

/** Programmes, cohorts, enrolments and exports; every write is idempotent and order-independent. */
export async function projectCohortEvent(tx: SqlExecutor, event: RapportEvent): Promise<void> {
  const v = event.streamVersion;
  switch (event.type) {
    case 'ProgramCreated':
      await tx.query(
        `INSERT INTO rm_programs (program_id, name, description, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [event.data.programId, event.data.name, event.data.description ?? null, event.occurredAt],
      );
      return;
    case 'CohortCreated':
    case 'CohortUpdated': {
      const d = event.data;
      const created = event.type === 'CohortCreated' ? event.data : null;
      await tx.query(`INSERT INTO rm_cohorts (cohort_id) VALUES ($1) ON CONFLICT DO NOTHING`, [d.cohortId]);
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
        [d.cohortId, created?.programId ?? null, d.name ?? null, d.startsOn ?? null, d.endsOn ?? null, d.goals ?? null, v],
      );
      return;
    }
    case 'ParticipantEnrolled':
    case 'ParticipantWithdrawn': {
      const enrolled = event.type === 'ParticipantEnrolled';
      await tx.query(`INSERT INTO rm_cohorts (cohort_id) VALUES ($1) ON CONFLICT DO NOTHING`, [event.data.cohortId]);
      await tx.query(`UPDATE rm_cohorts SET version = GREATEST(version, $2) WHERE cohort_id = $1`, [event.data.cohortId, v]);
      await tx.query(
        `INSERT INTO rm_cohort_participants (cohort_id, person_id, enrolled, enrolled_at, stream_version)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (cohort_id, person_id) DO UPDATE
           SET enrolled = EXCLUDED.enrolled, enrolled_at = EXCLUDED.enrolled_at, stream_version = EXCLUDED.stream_version
           WHERE rm_cohort_participants.stream_version < EXCLUDED.stream_version`,
        [event.data.cohortId, event.data.personId, enrolled, enrolled ? event.occurredAt : null, v],
      );
      return;
    }
    case 'ReportExported': {
      const d = event.data;
      const subjectId = d.subject.kind === 'cohort' ? d.subject.cohortId : d.subject.managerId;
      await tx.query(
        `INSERT INTO rm_report_exports (export_id, actor_id, subject_kind, subject_id, format, as_of, bytes, exported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [d.exportId, d.actorId, d.subject.kind, subjectId, d.format, d.asOf, d.bytes, event.occurredAt],
      );
      return;
    }
    default:
      return;
  }
}
