import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { secondBeginsBeforeFirstCommits, withPostgresReadModels } from '../property/concurrent-batches';
import { registration, testEvent } from '../property/test-events';
import { organisationCategoriesAt, organisationCategoriesFromPeople } from './organisation-categories';

const [ana, ben, cai] = [1, 2, 3].map((i) => `00000000-0000-4000-8000-00000000000${i}`) as [string, string, string];
const profileChange = (n: number, personId: string, department: string) =>
  testEvent(n, 'PersonProfileUpdated', `person-${personId}`, '2026-03-01T00:00:00.000Z', { personId, changes: { department } }, 2);

let db: Database;
withPostgresReadModels('rapport_concurrent_profiles', (opened) => (db = opened));

describe("two batches changing people's departments at once", () => {
  it('leave exactly the departments someone holds, though the second began before the first committed', async () => {
    await db.transaction((tx) =>
      projectEvents(
        tx,
        [
          registration(1, ana, '2026-01-01T00:00:00.000Z', { displayName: 'Ana', department: 'Sales' }),
          registration(2, ben, '2026-01-01T00:00:00.000Z', { displayName: 'Ben', department: 'Legal' }),
          registration(3, cai, '2026-01-01T00:00:00.000Z', { displayName: 'Cai', department: 'Finance' }),
        ],
        defaultStrengthParameters,
      ),
    );
    // Ana moves to Legal and that batch stays open; meanwhile Cai, Finance's only member, moves to Ops.
    await secondBeginsBeforeFirstCommits(db, [profileChange(4, ana, 'Legal')], [profileChange(5, cai, 'Ops')]);

    const now = Date.parse('2026-06-01T00:00:00.000Z');
    expect([...(await organisationCategoriesFromPeople(db, now)).department].sort()).toEqual(['Legal', 'Ops']);
    expect([...(await organisationCategoriesAt(db, now)).department].sort()).toEqual(['Legal', 'Ops']);
  });
});
