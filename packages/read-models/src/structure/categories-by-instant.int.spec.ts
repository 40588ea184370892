import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters as p } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
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

/** What a statement selecting CategoriesByInstant's columns reads, resolved as the network answer does. */
async function categoriesRead(memo: CategoriesByInstant) {
  const columns = CategoriesByInstant.columns('$1::timestamptz', '$2::text');
  const { rows } = await db.query<{ lanes: string; categories: Record<string, string[]> | null }>(
    `SELECT ${columns.lanes} AS lanes, ${columns.categories} AS categories`,
    [new Date(asOf).toISOString(), memo.lanesFor(asOf)],
  );
  return { computed: rows[0]!.categories !== null, categories: memo.resolve(asOf, rows[0]!.lanes, rows[0]!.categories) };
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
    expect(memo.resolve(asOf + 1, 'other lanes', {})).toEqual(expect.objectContaining({ department: new Set() }));
    // T was forgotten (one instant remembered at most): the statement computes it again.
    const again = await categoriesRead(memo);
    expect(again).toEqual({ computed: true, categories: first.categories });
  });
});
