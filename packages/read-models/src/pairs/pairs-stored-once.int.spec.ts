import { afterAll, describe, expect, it } from 'vitest';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters, MS_PER_DAY } from '@rapport/domain';
import { migrate, openPglite, type Database } from '@rapport/event-store';
import { personKeyMigrations } from '@rapport/personal-data';
import { migrateReadModels } from '../migrate-read-models';
import { projectEvents } from '../project-events';
import { call, registration, testEvent } from '../property/test-events';
import { readModelSnapshot } from '../property/read-model-snapshot';
import { readModelMigrations } from '../schema';
import { pairSumsMigration } from './pair-sums.schema';

const people = Array.from({ length: 5 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
const start = Date.UTC(2026, 0, 5);
const at = (day: number, hour = 9) => new Date(start + day * MS_PER_DAY + hour * 3_600_000).toISOString();

/** Five people; calls in both directions over ten weeks, a group meeting, help and a thank-you note. */
function history(): RapportEvent[] {
  const events = people.map((id, i) => registration(i + 1, id, at(-1), { displayName: `P${i}`, department: ['Sales', 'Legal'][i % 2]! }));
  let n = events.length;
  for (let day = 0; day < 70; day += 3) events.push(call(++n, people[day % 5]!, people[(day + 2) % 5]!, at(day, day % 7)));
  events.push(
    testEvent(++n, 'InteractionLogged', '', at(20), {
      interactionId: '00000000-0000-4000-a000-000000000900',
      initiatorId: people[3],
      participantIds: [people[3], people[0], people[1], people[4]],
      occurredAt: at(20),
      channel: 'in_person',
      kind: 'group',
    }),
    testEvent(++n, 'HelpGiven', `person-${people[4]}`, at(30), {
      giverId: people[4],
      receiverId: people[1],
      kind: 'advice',
      occurredAt: at(30),
    }),
    testEvent(n + 1, 'ThankYouNoteSent', `person-${people[1]}`, at(31), {
      fromId: people[1],
      toId: people[4],
      handwritten: true,
      occurredAt: at(31),
    }),
  );
  return events;
}

const opened: Database[] = [];
async function database(): Promise<Database> {
  const db = await openPglite();
  opened.push(db);
  await migrate(db);
  await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
  return db;
}
afterAll(() => Promise.all(opened.map((db) => db.close())));

describe('pairs stored once', () => {
  it('keep, when an existing database is upgraded, exactly the rows the projection writes from the same events', async () => {
    const projected = await database();
    await migrateReadModels(projected);
    await projected.transaction((tx) => projectEvents(tx, history(), defaultStrengthParameters));

    // A database of the layout before: every contribution in both directions (as the views still show them), sums made from them by the pair sums' own migration.
    const upgraded = await database();
    const before = readModelMigrations.slice(
      0,
      readModelMigrations.findIndex((m) => m.id === pairSumsMigration.id),
    );
    await migrate(upgraded, before, { namespace: 'read-models' });
    const { rows } = await projected.query<Record<string, unknown>>('SELECT * FROM rm_tie_contributions');
    expect(rows.length).toBeGreaterThan(0);
    const columns = Object.keys(rows[0]!);
    for (const row of rows) {
      await upgraded.query(
        `INSERT INTO rm_tie_contributions (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        columns.map((c) => row[c]),
      );
    }
    await migrateReadModels(upgraded);

    const stored = async (db: Database) => {
      const all = await readModelSnapshot(db);
      return { contributions: all.rm_pair_contributions, totals: all.rm_pair_summaries, weeks: all.rm_pair_week_totals };
    };
    const expected = await stored(projected);
    expect(expected.contributions!.length * 2).toBe(rows.length);
    expect(await stored(upgraded)).toEqual(expected);
    // And every person's ties read the same through the views (sums at single precision: they were added in another order).
    const seen = async (db: Database) =>
      (await db.query('SELECT * FROM rm_pair_summaries ORDER BY person_id, counterpart_id')).rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([c, v]) => [c, typeof v === 'number' ? Math.fround(v) : v])),
      );
    expect(await seen(upgraded)).toEqual(await seen(projected));
  });
});
