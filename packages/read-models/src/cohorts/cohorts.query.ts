import type { SqlExecutor } from '@rapport/event-store';
import { notErasedSql } from '../people.query';
import type { KeptPersonalText } from '../personal-text';
import { openedNames } from '../structure/organisation.query';

export interface ProgramRow {
  programId: string;
  name: string;
  description: string | null;
  createdAt: string;
  cohorts: number;
}

export interface CohortRow {
  cohortId: string;
  programId: string;
  programName: string;
  name: string;
  startsOn: string;
  endsOn: string;
  goals: string[];
  version: number;
  participantCount: number;
}

export interface CohortParticipant {
  personId: string;
  displayName: string;
  department: string;
  enrolledAt: string;
}

const iso = (t: Date | string): string => new Date(t).toISOString();
const day = (d: Date | string): string => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export async function listPrograms(db: SqlExecutor, offset: number, limit: number): Promise<ProgramRow[]> {
  const { rows } = await db.query<{ program_id: string; name: string; description: string | null; created_at: Date; cohorts: string }>(
    `SELECT p.program_id, p.name, p.description, p.created_at,
            (SELECT count(*) FROM rm_cohorts c WHERE c.program_id = p.program_id AND c.starts_on IS NOT NULL) AS cohorts
       FROM rm_programs p ORDER BY p.created_at, p.program_id OFFSET $1 LIMIT $2`,
    [offset, limit],
  );
  return rows.map((r) => ({
    programId: r.program_id,
    name: r.name,
    description: r.description,
    createdAt: iso(r.created_at),
    cohorts: Number(r.cohorts),
  }));
}

interface CohortDbRow extends Record<string, unknown> {
  cohort_id: string;
  program_id: string;
  program_name: string | null;
  name: string;
  starts_on: Date | string;
  ends_on: Date | string;
  goals: string[];
  version: number;
  participant_count: string;
}

const cohortSelect = `
  SELECT c.cohort_id, c.program_id, p.name AS program_name, c.name, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, c.goals, c.version,
         (SELECT count(*) FROM rm_cohort_participants e WHERE e.cohort_id = c.cohort_id AND e.enrolled AND ${notErasedSql('e')}) AS participant_count
    FROM rm_cohorts c LEFT JOIN rm_programs p USING (program_id)
   WHERE c.starts_on IS NOT NULL`;

const toCohort = (r: CohortDbRow): CohortRow => ({
  cohortId: r.cohort_id,
  programId: r.program_id,
  programName: r.program_name ?? '',
  name: r.name,
  startsOn: day(r.starts_on),
  endsOn: day(r.ends_on),
  goals: r.goals,
  version: Number(r.version),
  participantCount: Number(r.participant_count),
});

export async function listCohorts(
  db: SqlExecutor,
  filter: { programId?: string | undefined },
  offset: number,
  limit: number,
): Promise<CohortRow[]> {
  const { rows } = await db.query<CohortDbRow>(
    `${cohortSelect} AND ($1::uuid IS NULL OR c.program_id = $1) ORDER BY c.starts_on DESC, c.cohort_id OFFSET $2 LIMIT $3`,
    [filter.programId ?? null, offset, limit],
  );
  return rows.map(toCohort);
}

export async function cohortById(db: SqlExecutor, cohortId: string): Promise<CohortRow | null> {
  const { rows } = await db.query<CohortDbRow>(`${cohortSelect} AND c.cohort_id = $1`, [cohortId]);
  return rows[0] ? toCohort(rows[0]) : null;
}

const byName = new Intl.Collator('en', { sensitivity: 'variant' });

/**
 * Current participants (an erased person is withdrawn from every cohort the moment they are erased), by name (opened here: the read model keeps names sealed, so
 * they are sorted after opening); by id, nameless, when `names` is null.
 */
export async function cohortParticipants(db: SqlExecutor, cohortId: string, names: KeptPersonalText | null): Promise<CohortParticipant[]> {
  const { rows } = await db.query<{ person_id: string; display_name: string | null; department: string | null; enrolled_at: Date }>(
    `SELECT e.person_id, p.display_name, p.department, e.enrolled_at
       FROM rm_cohort_participants e LEFT JOIN rm_people p USING (person_id)
      WHERE e.cohort_id = $1 AND e.enrolled AND ${notErasedSql('e')} ORDER BY e.person_id`,
    [cohortId],
  );
  const known = rows.filter((r) => r.display_name !== null) as { person_id: string; display_name: string }[];
  const opened = names ? await openedNames(db, names, known) : [];
  const nameOf = new Map(known.map((r, i) => [r.person_id, opened[i] ?? ''] as const));
  return rows
    .map((r) => ({
      personId: r.person_id,
      displayName: nameOf.get(r.person_id) ?? '',
      department: r.department ?? '',
      enrolledAt: iso(r.enrolled_at),
    }))
    .sort((a, b) => byName.compare(a.displayName, b.displayName) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

export async function programExists(db: SqlExecutor, programId: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM rm_programs WHERE program_id = $1`, [programId]);
  return rows.length > 0;
}

export interface ExportRow {
  exportId: string;
  actorId: string;
  subject: { kind: 'cohort' | 'manager'; id: string };
  format: 'csv' | 'xlsx' | 'pdf';
  asOf: string;
  bytes: number;
  exportedAt: string;
}

export async function listExports(db: SqlExecutor, offset: number, limit: number): Promise<ExportRow[]> {
  const { rows } = await db.query<{
    export_id: string;
    actor_id: string;
    subject_kind: 'cohort' | 'manager';
    subject_id: string;
    format: ExportRow['format'];
    as_of: Date;
    bytes: number;
    exported_at: Date;
  }>(`SELECT * FROM rm_report_exports ORDER BY exported_at DESC, export_id OFFSET $1 LIMIT $2`, [offset, limit]);
  return rows.map((r) => ({
    exportId: r.export_id,
    actorId: r.actor_id,
    subject: { kind: r.subject_kind, id: r.subject_id },
    format: r.format,
    asOf: iso(r.as_of),
    bytes: Number(r.bytes),
    exportedAt: iso(r.exported_at),
  }));
}
