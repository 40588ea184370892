import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters as p } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { countingExecutor } from '../property/counting-executor';
import { emptyReadModels } from '../property/read-model-snapshot';
import { withReadModelsDatabase } from '../property/read-models-database';
import { registration } from '../property/test-events';
import { peopleStateName } from '../managers/reporting-lines';
import { CategoriesNow } from './categories-now';
import { organisationCategoriesFromPeople } from './organisation-categories';

let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const person = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const now = Date.UTC(2026, 2, 1);
const daysFromNow = (days: number) => new Date(now + days * 86_400_000).toISOString();
const register = (n: number, at: string, department: string) =>
  db.transaction((tx) => projectEvents(tx, [registration(n, person(n), at, { displayName: `P${n}`, department })], p));

/** The categories as of now as the network answer reads them, and how many statements that took. */
async function categoriesRead(held: CategoriesNow) {
  const state = await peopleStateName(db);
  const counting = countingExecutor(db);
  const categories = await held.at(counting.executor, state, now);
  return { statements: counting.statements, categories };
}

describe('categories as of now, held under the people state', () => {
  it('are read once, answered from memory while people stay the same, and read again after any change to people', async () => {
    await emptyReadModels(db);
    const held = new CategoriesNow();
    await register(1, daysFromNow(-30), 'Sales');
    await register(2, daysFromNow(-20), 'Legal');
    const first = await categoriesRead(held);
    expect(first.statements).toBe(1);
    expect(first.categories).toEqual(await organisationCategoriesFromPeople(db, now));
    expect(await categoriesRead(held)).toEqual({ statements: 0, categories: first.categories });

    await register(3, daysFromNow(-1), 'Finance');
    const changed = await categoriesRead(held);
    expect(changed.statements).toBe(1);
    expect(changed.categories.department).toEqual(new Set(['Sales', 'Legal', 'Finance']));
  });

  it('leave out a category whose only holder is registered after now, as the categories as of any instant do', async () => {
    await emptyReadModels(db);
    const held = new CategoriesNow();
    await register(1, daysFromNow(-30), 'Sales');
    await register(2, daysFromNow(5), 'Future');
    const read = await categoriesRead(held);
    expect(read.categories.department).toEqual(new Set(['Sales']));
    expect(read.categories).toEqual(await organisationCategoriesFromPeople(db, now));
  });
});
