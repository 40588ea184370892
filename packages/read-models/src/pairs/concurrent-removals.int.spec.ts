import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { secondBeginsBeforeFirstCommits, withPostgresReadModels } from '../property/concurrent-batches';
import { emptyReadModels } from '../property/read-model-snapshot';
import { call, registration, testEvent } from '../property/test-events';

const [ana, ben] = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] as const;
const interactionOf = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const retraction = (n: number, of: number) =>
  testEvent(
    n,
    'InteractionRetracted',
    `interaction-${interactionOf(of)}`,
    '2026-11-20T09:00:00.000Z',
    { interactionId: interactionOf(of), reason: 'test' },
    2,
  );

let db: Database;
withPostgresReadModels('rapport_concurrent_removals', (opened) => (db = opened));

describe('two batches changing one pair at once, the second retracting its latest interaction', () => {
  it.each([
    { first: 'retracts the call before it', event: retraction(7, 5), left: '2026-11-10 09:00:00+00', inWeek: 1 },
    { first: 'logs a call before it', event: call(7, ben, ana, '2026-11-11T12:00:00.000Z'), left: '2026-11-11 12:00:00+00', inWeek: 3 },
  ])(
    "leave the pair's last contact at the latest contribution left, in its totals and its week (the first $first)",
    async ({ event, left, inWeek }) => {
      await emptyReadModels(db);
      // Ana and Ben met in June, then on Tuesday, Wednesday and Thursday of one November week.
      await db.transaction((tx) =>
        projectEvents(
          tx,
          [
            registration(1, ana, '2026-01-01T00:00:00.000Z', { displayName: 'Ana', department: 'Sales' }),
            registration(2, ben, '2026-01-01T00:00:00.000Z', { displayName: 'Ben', department: 'Legal' }),
            call(3, ana, ben, '2026-06-18T13:00:00.000Z'),
            call(4, ana, ben, '2026-11-10T09:00:00.000Z'),
            call(5, ben, ana, '2026-11-11T09:00:00.000Z'),
            call(6, ana, ben, '2026-11-12T09:00:00.000Z'),
          ],
          defaultStrengthParameters,
        ),
      );

      // One batch changes the pair and stays open; the other retracts Thursday's call (the
      // latest) and has to wait for the pair's rows until the first commits.
      await secondBeginsBeforeFirstCommits(db, [event], [retraction(8, 6)]);

      const pairRows = await db.query<{ row: string; contributions: number; last_contact: string }>(
        `SELECT 'totals ' || (person_id = $1) AS row, contributions, last_contact::text FROM rm_pair_summaries
        UNION ALL SELECT 'week ' || week_start::date, contributions, last_contact::text FROM rm_pair_week_totals
        ORDER BY 1`,
        [ana],
      );
      expect(pairRows.rows).toEqual([
        { row: 'totals false', contributions: 1 + inWeek, last_contact: left },
        { row: 'totals true', contributions: 1 + inWeek, last_contact: left },
        { row: 'week 2026-06-15', contributions: 1, last_contact: '2026-06-18 13:00:00+00' },
        { row: 'week 2026-11-09', contributions: inWeek, last_contact: left },
      ]);
    },
  );
});

describe('a removal that waits for another batch adding to the same pair', () => {
  it("subtracts from the pair's totals in both directions", async () => {
    await emptyReadModels(db);
    // Sixty people who have each met every other once: enough pairs that PostgreSQL finds
    // a removal's pairs through the primary key, one direction after the other.
    const people = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
    const history = people.map((id, i) => registration(i + 1, id, '2026-01-01T00:00:00.000Z', { displayName: `P${i}`, department: 'D' }));
    let n = 100;
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) history.push(call(n++, people[i]!, people[j]!, '2026-06-01T09:00:00.000Z'));
    const retracted = n++;
    history.push(call(retracted, ana, ben, '2026-06-02T09:00:00.000Z'));
    await db.transaction((tx) => projectEvents(tx, history, defaultStrengthParameters));
    await db.exec('ANALYZE');

    // One batch adds a call of Ana and Ben and stays open; the other retracts an earlier
    // one, so its subtraction waits for both of the pair's rows and finds them changed.
    await secondBeginsBeforeFirstCommits(db, [call(n, ben, ana, '2026-06-03T09:00:00.000Z')], [retraction(n + 1, retracted)]);

    const totals = await db.query<{ seen_by_ana: boolean; contributions: number; by_person: number }>(
      `SELECT person_id = $1 AS seen_by_ana, contributions, by_person FROM rm_pair_summaries
        WHERE (person_id = $1 AND counterpart_id = $2) OR (person_id = $2 AND counterpart_id = $1) ORDER BY 1`,
      [ana, ben],
    );
    // The first call (Ana's) and the new one (Ben's) are left, from either side.
    expect(totals.rows).toEqual([
      { seen_by_ana: false, contributions: 2, by_person: 1 },
      { seen_by_ana: true, contributions: 2, by_person: 1 },
    ]);
  });
});
