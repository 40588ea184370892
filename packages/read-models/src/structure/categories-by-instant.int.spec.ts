import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters as p } from '@rapport/domain';
import type { Database, SqlExecutor } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { withReadModelsDatabase } from '../property/read-models-database';
import { call, registration } from '../property/test-events';
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
  const { rows } = await db.query<{ lanes: string }>(`SELECT ${CategoriesByInstant.columns().lanes} AS lanes`);
  let statements = 0;
  const counting: SqlExecutor = {
    query: (sql, params) => {
      statements++;
      return db.query(sql, params);
    },
    exec: (sql) => db.exec(sql),
  };
  const categories = await memo.at(counting, asOf, rows[0]!.lanes);
  return { computed: statements > 0, categories };
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
    await memo.at(db, asOf + 1, 'other lanes');
    // T was forgotten (one instant remembered at most): it is computed again.
    const again = await categoriesRead(memo);
    expect(again).toEqual({ computed: true, categories: first.categories });
  });
});
