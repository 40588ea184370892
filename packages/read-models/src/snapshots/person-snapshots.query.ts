import type { CohortMetricKey } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { arrayLiteral } from '../sql-arrays';
import { ORGANISATION, SNAPSHOT_HORIZON_SQL } from './person-snapshots.schema';

type Metrics = Record<CohortMetricKey, number | null>;
type Compute = (people: readonly string[], instants: readonly number[]) => Promise<Map<string, Metrics>[]>;

/** People computed in one call of `compute`: what a group's figures hold in memory at once. */
const COMPUTED_TOGETHER = 500;

/**
 * Each person's metrics at each instant: the kept snapshot where its versions are still
 * the person's and the organisation's; the rest computed by `compute`, at most
 * `together` people at a time, each part kept as soon as it is computed when the
 * instant is at or before the horizon (so a request that is given up on leaves its work
 * for the next). The versions and the horizon are read before anything is computed, so
 * a row computed from data that changed meanwhile carries the old version and is never
 * read back.
 */
export async function keptOrComputed(
  db: SqlExecutor,
  personIds: readonly string[],
  instants: readonly number[],
  compute: Compute,
  together = COMPUTED_TOGETHER,
): Promise<Map<string, Metrics>[]> {
  const out = instants.map(() => new Map<string, Metrics>());
  if (personIds.length === 0) return out;
  const state = await snapshotState(db, personIds);
  const kept = await keptSnapshots(db, personIds, instants, state.organisationVersion);
  const missingPeople = new Set<string>();
  const missingInstants = new Set<number>();
  instants.forEach((at, i) => {
    for (const person of personIds) {
      const metrics = kept.get(`${person}@${at}`);
      if (metrics) out[i]!.set(person, metrics);
      else {
        missingPeople.add(person);
        missingInstants.add(at);
      }
    }
  });
  if (missingPeople.size === 0) return out;

  const computedInstants = [...missingInstants];
  const missing = [...missingPeople];
  for (let start = 0; start < missing.length; start += together) {
    const computed = await compute(missing.slice(start, start + together), computedInstants);
    const keep: [string, string, number, number, string][] = [];
    computedInstants.forEach((at, j) => {
      for (const [person, metrics] of computed[j] ?? []) {
        instants.forEach((instant, i) => {
          if (instant === at && !out[i]!.has(person)) out[i]!.set(person, metrics);
        });
        if (at <= state.horizon && !kept.has(`${person}@${at}`)) {
          keep.push([
            person,
            new Date(at).toISOString(),
            state.versions.get(person) ?? 0,
            state.organisationVersion,
            JSON.stringify(metrics),
          ]);
        }
      }
    });
    await keepSnapshots(db, keep);
  }
  return out;
}

async function snapshotState(db: SqlExecutor, personIds: readonly string[]) {
  const { rows } = await db.query<{
    horizon: number;
    organisation: string | number | null;
    versions: Record<string, string | number> | null;
  }>(
    `SELECT floor(extract(epoch FROM ${SNAPSHOT_HORIZON_SQL}) * 1000)::float8 AS horizon,
            (SELECT version FROM rm_snapshot_versions WHERE person_id = $2) AS organisation,
            (SELECT json_object_agg(person_id, version) FROM rm_snapshot_versions WHERE person_id = ANY($1::uuid[])) AS versions`,
    [arrayLiteral(personIds), ORGANISATION],
  );
  const row = rows[0]!;
  return {
    horizon: Number(row.horizon),
    organisationVersion: Number(row.organisation ?? 0),
    versions: new Map(Object.entries(row.versions ?? {}).map(([person, version]) => [person, Number(version)])),
  };
}

/** Kept rows still valid now, by `person@instant`. */
async function keptSnapshots(db: SqlExecutor, personIds: readonly string[], instants: readonly number[], organisationVersion: number) {
  const { rows } = await db.query<{ person_id: string; at_ms: number; metrics: Metrics }>(
    `SELECT s.person_id, floor(extract(epoch FROM s.at) * 1000)::float8 AS at_ms, s.metrics
       FROM rm_person_snapshots s LEFT JOIN rm_snapshot_versions v ON v.person_id = s.person_id
      WHERE s.person_id = ANY($1::uuid[]) AND s.at = ANY($2::timestamptz[])
        AND s.version = coalesce(v.version, 0) AND s.organisation_version = $3`,
    [arrayLiteral(personIds), arrayLiteral([...new Set(instants)].map((t) => new Date(t).toISOString())), organisationVersion],
  );
  return new Map(rows.map((r) => [`${r.person_id}@${Number(r.at_ms)}`, r.metrics]));
}

async function keepSnapshots(db: SqlExecutor, rows: readonly (readonly [string, string, number, number, string])[]) {
  if (rows.length === 0) return;
  const column = (i: number) => arrayLiteral(rows.map((r) => r[i]));
  await db.query(
    `INSERT INTO rm_person_snapshots (person_id, at, version, organisation_version, metrics)
     SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::bigint[], $4::bigint[], $5::jsonb[])
     ON CONFLICT (person_id, at) DO UPDATE
       SET version = excluded.version, organisation_version = excluded.organisation_version, metrics = excluded.metrics`,
    [column(0), column(1), column(2), column(3), column(4)],
  );
}
