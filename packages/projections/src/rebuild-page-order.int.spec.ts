import { describe, expect, it } from 'vitest';
import { interactionStream, personStream } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database, EventStore } from '@rapport/event-store';
import { PROJECTION_VERSION } from '@rapport/read-models';
import { newTestEvent as event, testPerson, withEventStoreDatabase } from './test-store';
import { rebuildReadModels } from './rebuild';
import { rebuildBesideLive } from './versioning/rebuild-beside-live';

/**
 * A rebuild from scratch writes two pages at once. A profile change updates the row its
 * registration inserted: when the registration is on the page before, still being
 * written, the change must wait for it, not find no row and be lost.
 */
let db: Database;
let store: EventStore;
withEventStoreDatabase('rapport_rebuild_page_order', (opened, openedStore) => {
  db = opened;
  store = openedStore;
});

const person = (i: number) => testPerson(i, `00000000-0000-4000-8000-00000000000${i}`, 'Sales');

describe('a rebuild from scratch, two pages at once', () => {
  it("keeps a profile change that opens the page after its person's registration", async () => {
    const [ana, ben] = [person(1), person(2)];
    await store.append(
      [ana, ben].map((p) => ({
        streamId: personStream(p.personId),
        expectedVersion: 'no_stream' as const,
        events: [event('PersonRegistered', '2026-01-01T00:00:00Z', p)],
      })),
    );
    // A long first page: the registrations, then many interactions to write.
    const interactions = Array.from({ length: 1_500 }, (_, i) => {
      const interactionId = `00000000-0000-4000-a000-${String(i + 1).padStart(12, '0')}`;
      const occurredAt = new Date(Date.UTC(2026, 0, 2) + i * 3_600_000).toISOString();
      return {
        streamId: interactionStream(interactionId),
        expectedVersion: 'no_stream' as const,
        events: [
          event('InteractionLogged', occurredAt, {
            interactionId,
            initiatorId: ana.personId,
            participantIds: [ana.personId, ben.personId],
            occurredAt,
            channel: 'video',
            kind: 'one_on_one',
          }),
        ],
      };
    });
    await store.append(interactions);
    const pageSize = 2 + interactions.length;
    await store.append([
      {
        streamId: personStream(ben.personId),
        expectedVersion: 1,
        events: [event('PersonProfileUpdated', '2026-04-01T00:00:00Z', { personId: ben.personId, changes: { department: 'Legal' } })],
      },
    ]);

    const strength = defaultStrengthParameters;
    const rebuilds = [
      () => rebuildReadModels({ db, store, strength, pageSize }),
      () => rebuildReadModels({ db, store, strength, pageSize }),
      // Beside the live read models, in a shadow schema switched in at the end.
      () => rebuildBesideLive({ db, store, strength, pageSize, projectionVersion: PROJECTION_VERSION + 1 }),
      () => rebuildBesideLive({ db, store, strength, pageSize, projectionVersion: PROJECTION_VERSION + 2 }),
    ];
    for (const rebuild of rebuilds) {
      await rebuild();
      const { rows } = await db.query<{ department: string; version: number }>(
        'SELECT department, version FROM rm_people WHERE person_id = $1',
        [ben.personId],
      );
      expect(rows).toEqual([{ department: 'Legal', version: 2 }]);
    }
  });
});
