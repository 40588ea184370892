import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { secondBeginsBeforeFirstCommits, withPostgresReadModels } from '../property/concurrent-batches';
import { call, registration, testEvent } from '../property/test-events';

const [pat, max, mia] = [1, 2, 3].map((i) => `00000000-0000-4000-8000-00000000000${i}`) as [string, string, string];
const managerChange = (n: number, version: number, managerId: string) =>
  testEvent(n, 'PersonProfileUpdated', `person-${pat}`, '2026-03-01T00:00:00.000Z', { personId: pat, changes: { managerId } }, version);

let db: Database;
withPostgresReadModels('rapport_concurrent_manager_change', (opened) => (db = opened));

const subtreeVersion = async (managerId: string) =>
  Number(
    (await db.query<{ v: string }>('SELECT version AS v FROM rm_subtree_versions WHERE manager_id = $1', [managerId])).rows[0]?.v ?? 0,
  );

describe('a back-dated interaction projected while its person moves to another manager', () => {
  it("raises the new manager's subtree version, so a dashboard kept for them in between is computed again", async () => {
    // Pat reports to Max; Mia manages no one yet.
    await db.transaction((tx) =>
      projectEvents(
        tx,
        [
          registration(1, pat, '2026-01-01T00:00:00.000Z', { displayName: 'Pat', department: 'Sales' }),
          registration(2, max, '2026-01-01T00:00:00.000Z', { displayName: 'Max', department: 'Sales' }),
          registration(3, mia, '2026-01-01T00:00:00.000Z', { displayName: 'Mia', department: 'Sales' }),
          managerChange(4, 2, max),
        ],
        defaultStrengthParameters,
      ),
    );
    const before = await subtreeVersion(mia);
    // Pat moves to Mia and that batch stays open; meanwhile a back-dated call of Pat's with Max is projected.
    await secondBeginsBeforeFirstCommits(db, [managerChange(5, 3, mia)], [call(6, pat, max, '2026-11-10T09:00:00.000Z')]);
    expect(await subtreeVersion(mia)).toBeGreaterThan(before);
  });
});
