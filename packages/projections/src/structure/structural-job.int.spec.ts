import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import { migrate, openPostgres, type Database } from '@rapport/event-store';
import { latestStructureRun, migrateReadModels, projectEvents, structureOfPeople, structureTies } from '@rapport/read-models';
import type { RapportEvent } from '@rapport/contracts';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { startStructuralJob } from './structural-job';

let database: TestDatabase;
let db: Database;
const people = Array.from({ length: 4 }, () => randomUUID());
const clock = Date.parse('2026-05-01T12:00:00Z');

const envelope = (type: string, position: number, data: unknown) =>
  ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    streamId: `s-${position}`,
    streamVersion: 1,
    occurredAt: '2026-04-01T09:00:00.000Z',
    recordedAt: '2026-04-01T09:00:00.000Z',
    actorId: 'test',
    correlationId: randomUUID(),
    causationId: null,
    globalPosition: String(position),
    data,
  }) as unknown as RapportEvent;

beforeAll(async () => {
  database = await createTestDatabase('rapport_structure');
  db = openPostgres(database.url);
  await migrate(db);
  await migrateReadModels(db);
  const registrations = people.map((personId, i) =>
    envelope('PersonRegistered', i + 1, {
      personId,
      displayName: `P${i}`,
      email: `p${i}@example.com`,
      department: i < 2 ? 'Sales' : 'Legal',
      function: 'F',
      location: 'Lisbon',
      seniority: 2,
      expertise: [],
    }),
  );
  // A path 0 – 1 – 2 of long in-person meetings; person 3 has no ties.
  const meetings = [
    [0, 1],
    [1, 2],
  ].map(([a, b], i) =>
    envelope('InteractionLogged', 10 + i, {
      interactionId: randomUUID(),
      initiatorId: people[a!],
      participantIds: [people[a!], people[b!]],
      occurredAt: '2026-04-01T09:00:00.000Z',
      channel: 'in_person',
      durationMinutes: 120,
      kind: 'one_on_one',
    }),
  );
  await db.transaction((tx) => projectEvents(tx, [...registrations, ...meetings], defaultStrengthParameters));
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('structural job on PostgreSQL', () => {
  it('computes on its schedule, stores every person’s metrics and the active ties with the computation time', async () => {
    const job = startStructuralJob({ db, strength: defaultStrengthParameters, intervalMs: 60_000, now: () => clock });
    try {
      let run = await latestStructureRun(db, clock);
      for (let i = 0; i < 100 && !run; i++) {
        await new Promise((r) => setTimeout(r, 50));
        run = await latestStructureRun(db, clock);
      }
      expect(run).toMatchObject({ trigger: 'schedule', asOf: clock, computedAt: clock, people: 4, ties: 2 });
      const metrics = await structureOfPeople(db, run!.runId);
      expect(metrics.get(people[1]!)!.betweenness).toBeCloseTo(1 / 3, 12); // one of the three pairs among others
      expect(metrics.get(people[3]!)!.constraint).toBeNull();
      expect(await structureTies(db, run!.runId)).toHaveLength(2);
      expect(job.lastRun()?.runId).toBe(run!.runId);
    } finally {
      await job.stop();
    }
  });

  it('computes on demand for another instant, and a failing run does not stop the job', async () => {
    const job = startStructuralJob({ db, strength: defaultStrengthParameters, intervalMs: 60_000, now: () => clock });
    try {
      const early = await job.runNow(Date.parse('2026-03-01T00:00:00Z'));
      expect(early).toMatchObject({ trigger: 'on_demand', ties: 0 });
      await expect(job.runNow(Number.NaN)).rejects.toThrow();
      const again = await job.runNow();
      expect(again.ties).toBe(2);
    } finally {
      await job.stop();
    }
  });

  it('skips its scheduled run when another worker computed a current one less than half an interval ago', async () => {
    const later = clock + 10 * 60_000;
    const job = startStructuralJob({ db, strength: defaultStrengthParameters, intervalMs: 60 * 60_000, now: () => later });
    try {
      await new Promise((r) => setTimeout(r, 500));
      expect(job.lastRun()).toBeNull();
      expect((await latestStructureRun(db, later))!.asOf).toBe(clock);
    } finally {
      await job.stop();
    }
  });
});
