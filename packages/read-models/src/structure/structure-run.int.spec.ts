import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationStructure } from '@rapport/domain';
import { migrate, openPostgres, type Database } from '@rapport/event-store';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { migrateReadModels } from '../migrate-read-models';
import { keptStructureRuns, saveStructureRun } from './structure-run.store';
import { latestStructureRun, structureRunAtOrBefore } from './structure-run.query';

let database: TestDatabase;
let db: Database;
const hour = 3_600_000;
const noon = Date.parse('2026-05-01T12:00:00Z');
const empty = organisationStructure([], []);

const save = (asOf: number, computedAt: number, durationMs: number, trigger: 'schedule' | 'on_demand') =>
  saveStructureRun(db, { asOf, computedAt, durationMs, trigger, eventsThrough: '0', thresholds: empty.thresholds }, empty, []);

beforeAll(async () => {
  database = await createTestDatabase('rapport_structure_runs');
  db = openPostgres(database.url);
  await migrate(db);
  await migrateReadModels(db);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('stored structural runs', () => {
  it('treats a run computed as of the moment it ran as current, however long it took, but not a run for a past instant', async () => {
    await save(noon, noon + 2 * 60_000, 2 * 60_000, 'on_demand'); // as of now, took two minutes
    await save(noon + hour, noon + 2 * hour, 5_000, 'on_demand'); // someone asked about an hour ago
    expect((await latestStructureRun(db, noon + 3 * hour))?.asOf).toBe(noon);
    await save(noon + 2 * hour, noon + 2 * hour + 90_000, 90_000, 'schedule');
    expect((await latestStructureRun(db, noon + 3 * hour))?.asOf).toBe(noon + 2 * hour);
  });

  it('replaces the run for the same instant and keeps only the newest runs', async () => {
    await save(noon, noon + 5 * hour, 1, 'on_demand');
    expect((await structureRunAtOrBefore(db, noon))?.computedAt).toBe(noon + 5 * hour);
    for (let i = 0; i < keptStructureRuns + 3; i++) await save(noon - (i + 1) * hour, noon + 6 * hour + i, 1, 'on_demand');
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_structure_runs');
    expect(Number(rows[0]!.n)).toBe(keptStructureRuns);
  });
});
