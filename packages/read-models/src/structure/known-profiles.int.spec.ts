import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from '../property/read-models-database';
import { defaultStrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { plainTextOnly } from '../personal-text';
import { emptyReadModels } from '../property/read-model-snapshot';
import { call, registration, testEvent } from '../property/test-events';
import { personTiesAt } from '../pairs/person-ties.query';

const p = defaultStrengthParameters;
const [ana, ben, cat] = [1, 2, 3].map((i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`) as [string, string, string];
const at = '2026-03-02T09:00:00.000Z';
const asOf = Date.parse('2026-03-09T09:00:00.000Z');
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const project = (...events: Parameters<typeof projectEvents>[1]) => db.transaction((tx) => projectEvents(tx, events, p));
const counterpartsOfAna = async () => {
  const ties = await personTiesAt(db, ana, asOf, p, plainTextOnly.kept);
  return [...ties!.counterparts.values()].map((c) => [c.displayName, c.department]).sort();
};

describe('counterpart profiles held under the people state', () => {
  it('answer with every change to people: a registration, a profile change and an erasure are seen at once', async () => {
    await emptyReadModels(db);
    await project(
      registration(1, ana, at, { displayName: 'Ana', department: 'Sales' }),
      registration(2, ben, at, { displayName: 'Ben', department: 'Legal' }),
      call(3, ana, ben, at),
      call(4, ana, cat, at),
    );
    // Cat is in a contribution before being registered: a tie without a profile.
    expect(await counterpartsOfAna()).toEqual([['Ben', 'Legal']]);
    expect(await counterpartsOfAna()).toEqual([['Ben', 'Legal']]);

    await project(registration(5, cat, at, { displayName: 'Cat', department: 'Ops' }));
    expect(await counterpartsOfAna()).toEqual([
      ['Ben', 'Legal'],
      ['Cat', 'Ops'],
    ]);

    await project(testEvent(6, 'PersonProfileUpdated', `person-${ben}`, at, { personId: ben, changes: { department: 'Finance' } }, 2));
    expect(await counterpartsOfAna()).toEqual([
      ['Ben', 'Finance'],
      ['Cat', 'Ops'],
    ]);

    await project(testEvent(7, 'PersonErased', `person-${cat}`, at, { personId: cat }, 2));
    expect((await counterpartsOfAna()).map(([name]) => name)).toEqual(['Ben', 'Erased person']);
  });

  it('are read again after the read models are emptied and projected anew, whatever was held', async () => {
    for (const department of ['Sales', 'Legal']) {
      await emptyReadModels(db);
      await project(
        registration(1, ana, at, { displayName: 'Ana', department: 'Sales' }),
        registration(2, ben, at, { displayName: 'Ben', department }),
        call(3, ana, ben, at),
      );
      expect(await counterpartsOfAna()).toEqual([['Ben', department]]);
    }
  });
});
