import type { CrossRole, PersonStructure, ScoredTie } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { runColumns, toRunInfo, type RunRow, type StructureRunInfo } from './structure-run.info';

/**
 * Which stored run a query reads: the nearest at or before T (T's own when one is
 * stored, as_of being unique), or the latest "current" one at or before T.
 */
export type StoredRunChoice = 'atOrBefore' | 'latest';

/** SQL selecting the stored run `choice` picks for the timestamptz `at` (at most one row). */
const storedRun = (choice: StoredRunChoice, at: string, columns = runColumns): string =>
  choice === 'atOrBefore'
    ? `SELECT ${columns} FROM rm_structure_runs WHERE as_of <= ${at} ORDER BY as_of DESC LIMIT 1`
    : `SELECT ${columns} FROM rm_structure_runs
        WHERE as_of <= ${at}
          AND (trigger = 'schedule' OR as_of >= computed_at - duration_ms * interval '1 millisecond' - interval '1 minute')
        ORDER BY as_of DESC LIMIT 1`;

/** The latest stored run for an instant at or before T, whatever triggered it. */
export async function structureRunAtOrBefore(db: SqlExecutor, asOf: number): Promise<StructureRunInfo | null> {
  const { rows } = await db.query<RunRow>(storedRun('atOrBefore', '$1'), [new Date(asOf).toISOString()]);
  return rows[0] ? toRunInfo(rows[0]) : null;
}

/**
 * The latest "current" run — one computed as of the moment it ran (the structural job's,
 * or an on-demand run for now), not a run for a past instant someone asked about.
 */
export async function latestStructureRun(db: SqlExecutor, notAfter: number): Promise<StructureRunInfo | null> {
  const { rows } = await db.query<RunRow>(storedRun('latest', '$1'), [new Date(notAfter).toISOString()]);
  return rows[0] ? toRunInfo(rows[0]) : null;
}

/** A stored run with one person's row of it, as storedRunOfPerson selects it. */
export interface StoredRunOfPerson {
  readonly run: RunRow;
  readonly person: PersonRow | null;
}

/**
 * SQL of a scalar subquery: the stored run `choice` picks for the timestamptz `at`, with
 * the row of the person `personId` (a uuid parameter) in it, as one JSON object (null
 * when no run is stored), so an answer can read it beside other things in one statement.
 */
export const storedRunOfPerson = (choice: StoredRunChoice, at: string, personId: string): string =>
  `(SELECT json_build_object('run', row_to_json(r), 'person', row_to_json(sp)) FROM (${storedRun(
    choice,
    at,
    runColumns.replace('run_id', 'run_id::text AS run_id').replace('events_through', 'events_through::text AS events_through'),
  )}) r LEFT JOIN rm_structure_people sp ON sp.run_id = r.run_id::bigint AND sp.person_id = ${personId})`;

/** The run and the person's structure from what storedRunOfPerson selected. */
export function runOfPersonFrom(stored: StoredRunOfPerson | null): { run: StructureRunInfo; person: PersonStructure | null } | null {
  return stored ? { run: toRunInfo(stored.run), person: stored.person ? toStructure(stored.person) : null } : null;
}

/** The global position of the last event the read models have applied ('0' when none). */
export async function lastProjectedPosition(db: SqlExecutor): Promise<string> {
  const { rows } = await db.query<{ position: string | number | null }>('SELECT max(global_position) AS position FROM rm_processed_events');
  return String(rows[0]?.position ?? '0');
}

interface PersonRow extends Record<string, unknown> {
  person_id: string;
  degree: number;
  constraint_value: number | null;
  effective_size: number | null;
  betweenness: number;
  page_rank: number;
  page_rank_percentile: number;
  two_step_reach: number;
  clustering: number;
  roles: string[];
}

const toStructure = (r: PersonRow): PersonStructure => ({
  degree: Number(r.degree),
  constraint: r.constraint_value === null ? null : Number(r.constraint_value),
  effectiveSize: r.effective_size === null ? null : Number(r.effective_size),
  betweenness: Number(r.betweenness),
  pageRank: Number(r.page_rank),
  pageRankPercentile: Number(r.page_rank_percentile),
  twoStepReach: Number(r.two_step_reach),
  clustering: Number(r.clustering),
  roles: r.roles as CrossRole[],
});

/** Structural metrics of people in a run: all of them, or only the ones named. */
export async function structureOfPeople(
  db: SqlExecutor,
  runId: string,
  personIds?: readonly string[],
): Promise<Map<string, PersonStructure>> {
  const { rows } = await db.query<PersonRow>(
    `SELECT person_id, degree, constraint_value, effective_size, betweenness, page_rank, page_rank_percentile,
            two_step_reach, clustering, roles
       FROM rm_structure_people WHERE run_id = $1 AND ($2::uuid[] IS NULL OR person_id = ANY($2::uuid[]))`,
    [runId, personIds ?? null],
  );
  return new Map(rows.map((r) => [r.person_id, toStructure(r)]));
}

/** Every active tie of a run, each pair once. */
export async function structureTies(db: SqlExecutor, runId: string): Promise<ScoredTie[]> {
  const { rows } = await db.query<{ person_id: string; counterpart_id: string; strength: number }>(
    'SELECT person_id, counterpart_id, strength FROM rm_structure_ties WHERE run_id = $1 ORDER BY person_id, counterpart_id',
    [runId],
  );
  return rows.map((r) => ({ personA: r.person_id, personB: r.counterpart_id, strength: Number(r.strength) }));
}
