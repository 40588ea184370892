import type { OrganisationStructure, PersonStructure, ScoredTie } from '@rapport/domain';
import type { SqlExecutor, Database } from '@rapport/event-store';
import { toRunInfo, type StructureRunInfo } from './structure-run.info';

export type { StructureRunInfo, StructureTrigger } from './structure-run.info';

/**
 * Transaction-scoped advisory lock serialising saves, so two processes storing a run for
 * the same instant replace each other instead of colliding on the unique as-of.
 * (Beside the event store's keys, 53_906_72x: "RAP" plus a purpose.)
 */
const saveLock = 53_906_731;

/** How many runs are kept; older ones are deleted when a new one is saved. */
export const keptStructureRuns = 20;

/** Replaces any run for the same as-of instant; keeps the newest runs only. */
export async function saveStructureRun(
  db: Database,
  run: Omit<StructureRunInfo, 'runId' | 'people' | 'ties'>,
  structure: OrganisationStructure,
  ties: readonly ScoredTie[],
): Promise<StructureRunInfo> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [saveLock]);
    await tx.query('DELETE FROM rm_structure_runs WHERE as_of = $1', [new Date(run.asOf).toISOString()]);
    const { rows } = await tx.query<Parameters<typeof toRunInfo>[0]>(
      `INSERT INTO rm_structure_runs (as_of, computed_at, duration_ms, trigger, events_through, people, ties, thresholds)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING run_id, as_of, computed_at, duration_ms, trigger, events_through, people, ties, thresholds`,
      [
        new Date(run.asOf).toISOString(),
        new Date(run.computedAt).toISOString(),
        Math.round(run.durationMs),
        run.trigger,
        run.eventsThrough,
        structure.people.size,
        structure.ties,
        JSON.stringify(run.thresholds),
      ],
    );
    const info = toRunInfo(rows[0]!);
    await insertPeople(tx, info.runId, structure.people);
    await insertTies(tx, info.runId, ties);
    await tx.query(
      `DELETE FROM rm_structure_runs WHERE run_id NOT IN (
         SELECT run_id FROM rm_structure_runs ORDER BY computed_at DESC LIMIT ${keptStructureRuns})`,
    );
    return info;
  });
}

const chunk = 5000;

async function insertPeople(tx: SqlExecutor, runId: string, people: ReadonlyMap<string, PersonStructure>): Promise<void> {
  const entries = [...people];
  for (let i = 0; i < entries.length; i += chunk) {
    const part = entries.slice(i, i + chunk);
    const column = <T>(f: (m: PersonStructure) => T) => part.map(([, m]) => f(m));
    await tx.query(
      `INSERT INTO rm_structure_people (run_id, person_id, degree, constraint_value, effective_size, betweenness,
         page_rank, page_rank_percentile, two_step_reach, clustering, roles)
       SELECT $1::bigint, p.id, p.degree, p.c, p.e, p.b, p.pr, p.pct, p.reach, p.cl,
              coalesce(string_to_array(nullif(p.roles, ''), ','), '{}')
         FROM unnest($2::uuid[], $3::int[], $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[],
                     $9::int[], $10::float8[], $11::text[]) AS p(id, degree, c, e, b, pr, pct, reach, cl, roles)`,
      [
        runId,
        part.map(([id]) => id),
        column((m) => m.degree),
        column((m) => m.constraint),
        column((m) => m.effectiveSize),
        column((m) => m.betweenness),
        column((m) => m.pageRank),
        column((m) => m.pageRankPercentile),
        column((m) => m.twoStepReach),
        column((m) => m.clustering),
        column((m) => m.roles.join(',')),
      ],
    );
  }
}

async function insertTies(tx: SqlExecutor, runId: string, ties: readonly ScoredTie[]): Promise<void> {
  for (let i = 0; i < ties.length; i += chunk) {
    const part = ties
      .slice(i, i + chunk)
      .map((t) => (t.personA < t.personB ? t : { personA: t.personB, personB: t.personA, strength: t.strength }));
    await tx.query(
      `INSERT INTO rm_structure_ties (run_id, person_id, counterpart_id, strength)
       SELECT $1::bigint, * FROM unnest($2::uuid[], $3::uuid[], $4::float8[])`,
      [runId, part.map((t) => t.personA), part.map((t) => t.personB), part.map((t) => t.strength)],
    );
  }
}
