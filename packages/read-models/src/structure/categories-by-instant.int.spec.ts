import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters as p } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { withReadModelsDatabase } from '../property/read-models-database';
import { call, registration } from '../property/test-events';
import { PEOPLE_STATE_SQL } from '../managers/reporting-lines';
import { countingExecutor } from '../property/counting-executor';
import { emptyReadModels } from '../property/read-model-snapshot';
import { CategoriesByInstant, organisationCategoriesFromPeople } from './organisation-categories';

let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const [ana, ben, cleo] = [
  '00000000-0000-4000-8000-00000000000a',
  '00000000-0000-4000-8000-00000000000b',
  '00000000-0000-4000-8000-00000000000c',
];
const asOf = Date.UTC(2026, 2, 1);
const before = (days: number) => new Date(asOf - days * 86_400_000).toISOString();
const after = (days: number) => new Date(asOf + days * 86_400_000).toISOString();

/** What a statement selecting CategoriesByInstant's columns reads, resolved as the network answer does; `computed` when it took a statement more. */
async function categoriesRead(memo: CategoriesByInstant) {
  const { rows } = await db.query<{ lanes: string; state: string | null }>(
    `SELECT ${CategoriesByInstant.columns().lanes} AS lanes, ${PEOPLE_STATE_SQL} AS state`,
  );
  const counting = countingExecutor(db);
  const categories = await memo.at(counting.executor, asOf, rows[0]!.lanes, rows[0]!.state);
  return { computed: counting.statements > 0, categories };
}

describe('categories as of a named instant, remembered under the projection lanes', () => {
  it('are computed once, read from memory while nothing is projected, and computed again after any batch', async () => {
    const memo = new CategoriesByInstant();
    await db.transaction((tx) =>
      projectEvents(
        tx,
        [
          registration(1, ana, before(30), { displayName: 'Ana', department: 'Sales' }),
          registration(2, ben, before(30), { displayName: 'Ben', department: 'Legal' }),
        ],
        p,
      ),
    );
    const first = await categoriesRead(memo);
    expect(first.computed).toBe(true);
    expect(first.categories).toEqual(await organisationCategoriesFromPeople(db, asOf));
    const again = await categoriesRead(memo);
    expect(again).toEqual({ computed: false, categories: first.categories });

    // A back-dated import: Cleo registers after T, but was in a call before T, so Finance counts as of T.
    await db.transaction((tx) =>
      projectEvents(
        tx,
        [registration(3, cleo, after(10), { displayName: 'Cleo', department: 'Finance' }), call(4, cleo, ana, before(5))],
        p,
      ),
    );
    const changed = await categoriesRead(memo);
    expect(changed.computed).toBe(true);
    expect(changed.categories!.department).toEqual(new Set(['Sales', 'Legal', 'Finance']));
    expect(changed.categories).toEqual(await organisationCategoriesFromPeople(db, asOf));
  });

  it('are computed again when this process has forgotten them', async () => {
    const memo = new CategoriesByInstant(1);
    const first = await categoriesRead(memo);
    await memo.at(db, asOf + 1, 'other lanes', 'other people');
    // T was forgotten (one instant remembered at most): it is computed again.
    const again = await categoriesRead(memo);
    expect(again).toEqual({ computed: true, categories: first.categories });
  });

  it('are never answered from memory across emptied read models, though the lanes count the same again', async () => {
    const memo = new CategoriesByInstant();
    for (const department of ['Sales', 'Legal']) {
      await emptyReadModels(db);
      await db.transaction((tx) => projectEvents(tx, [registration(1, ana, before(30), { displayName: 'Ana', department })], p));
      const read = await categoriesRead(memo);
      expect(read).toEqual({ computed: true, categories: await organisationCategoriesFromPeople(db, asOf) });
      expect(read.categories.department).toEqual(new Set([department]));
    }
  });

  it('are not remembered while no batch is counted, as when a rebuild has filled the tables and emptied the counts', async () => {
    const memo = new CategoriesByInstant();
    await emptyReadModels(db);
    expect((await categoriesRead(memo)).categories.department).toEqual(new Set());
    await db.transaction((tx) => projectEvents(tx, [registration(1, ana, before(30), { displayName: 'Ana', department: 'Sales' })], p));
    await db.query('DELETE FROM rm_projection_marks');
    const read = await categoriesRead(memo);
    expect(read.categories.department).toEqual(new Set(['Sales']));
  });
});
