import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLatest } from '@rapport/contracts';
import { defaultStrengthParameters, managerDashboardInstants } from '@rapport/domain';
import { migrate, openPglite, type Database } from '@rapport/event-store';
import { groupMetricsOverTime, managerDashboardAt, migrateReadModels, projectEvents } from '@rapport/read-models';
import { startWeekFiguresJob } from './week-figures-job';

const p = defaultStrengthParameters;
const people = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
let db: Database;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  await migrateReadModels(db);
  const events = people.map((personId, i) =>
    toLatest({
      eventId: `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`,
      type: 'PersonRegistered',
      schemaVersion: 1,
      streamId: `person-${personId}`,
      streamVersion: 1,
      occurredAt: '2026-01-01T00:00:00.000Z',
      recordedAt: '2026-01-01T00:00:00.000Z',
      actorId: 'test',
      correlationId: 'test',
      causationId: null,
      globalPosition: String(i + 1),
      data: {
        personId,
        displayName: `P${i}`,
        email: `p${i}@example.com`,
        department: 'Sales',
        function: 'F',
        location: 'Lisbon',
        seniority: 1,
        expertise: [],
        ...(i > 0 ? { managerId: people[0] } : {}),
      },
    }),
  );
  await db.transaction((tx) => projectEvents(tx, events, p));
});
afterAll(() => db?.close());

describe('week figures job', () => {
  it("keeps every person's figures at the instants this week's dashboards read, in chunks", async () => {
    const now = Date.UTC(2026, 5, 10, 15);
    const job = startWeekFiguresJob({ db, strength: p, intervalMs: 3_600_000, now: () => now, chunk: 3 });
    expect(await job.runNow()).toBe(people.length);
    await job.stop();
    const { baseline, trend } = managerDashboardInstants(now);
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_person_snapshots');
    expect(Number(rows[0]!.n)).toBe(people.length * (trend.length + 1));
    expect(await groupMetricsOverTime(db, people, [baseline, ...trend], p)).toHaveLength(trend.length + 1);
  });

  it("keeps each manager's dashboard for the last completed week when given a k, read back as the dashboard", async () => {
    const now = Date.UTC(2026, 5, 10, 15);
    const job = startWeekFiguresJob({ db, strength: p, intervalMs: 3_600_000, now: () => now, kAnonymity: 5 });
    await job.runNow();
    await job.stop();
    const { rows } = await db.query<{ manager_id: string; at: Date; people: number }>(
      `SELECT manager_id, at, (dashboard->'organisation'->'value'->>'people')::int AS people FROM rm_manager_dashboards`,
    );
    expect(rows).toEqual([{ manager_id: people[0], at: new Date(managerDashboardInstants(now).trend.at(-1)!), people: people.length - 1 }]);
    expect((await managerDashboardAt(db, people[0]!, now, 5, p, null))?.organisation).toEqual({
      suppressed: false,
      value: expect.objectContaining({ people: people.length - 1 }),
    });
  });
});
