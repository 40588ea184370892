import { describe, expect, it } from 'vitest';
import { withReadModelsDatabase } from '../property/read-models-database';
import type { RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters, MS_PER_DAY } from '@rapport/domain';
import type { Database, SqlExecutor } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { plainTextOnly } from '../personal-text';
import { relationshipsOf, tieScoresOf } from '../relationships.query';
import { countingExecutor } from '../property/counting-executor';
import { emptyReadModels } from '../property/read-model-snapshot';
import { call, registration } from '../property/test-events';
import { personTiesAt } from './person-ties.query';

const p = defaultStrengthParameters;
const people = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
const start = Date.UTC(2026, 0, 5);
let db: Database;
withReadModelsDatabase((opened) => (db = opened));

/** The six registered, then every pair of them meets every day for `days` days. */
function history(days: number): RapportEvent[] {
  const registeredAt = new Date(start - MS_PER_DAY).toISOString();
  const events = people.map((personId, i) =>
    registration(i + 1, personId, registeredAt, { displayName: `P${i}`, department: ['Sales', 'Legal'][i % 2]! }),
  );
  let n = events.length;
  for (let day = 0; day < days; day++) {
    for (let a = 0; a < people.length; a++) {
      for (let b = a + 1; b < people.length; b++)
        events.push(call(++n, people[a]!, people[b]!, new Date(start + day * MS_PER_DAY + a * 3_600_000).toISOString()));
    }
  }
  return events;
}

/** Statements and rows one query reads. */
async function costOf(read: (db: SqlExecutor) => Promise<unknown>) {
  const counting = countingExecutor(db);
  await read(counting.executor);
  return { statements: counting.statements, rows: counting.rows };
}

describe("a person's ties read from pair sums", () => {
  it('cost the same statements and rows "now" whether the history is 10 or 80 weeks long', async () => {
    const costs = [];
    for (const days of [70, 560]) {
      await emptyReadModels(db);
      await db.transaction((tx) => projectEvents(tx, history(days), p));
      const now = start + days * MS_PER_DAY;
      // One row for the person and their ties; the counterparts' profiles are read once under the people's state, then held (known-profiles.ts).
      expect(await costOf((q) => personTiesAt(q, people[0]!, now, p, plainTextOnly.kept))).toEqual({
        statements: 2,
        rows: 1 + (people.length - 1),
      });
      costs.push(
        await costOf((q) => relationshipsOf(q, people[0]!, now, p)),
        await costOf((q) => tieScoresOf(q, people[0]!, now, p)),
        await costOf((q) => personTiesAt(q, people[0]!, now, p, plainTextOnly.kept)),
      );
    }
    expect(costs.slice(3)).toEqual(costs.slice(0, 3));
    expect(costs[0]).toEqual({ statements: 1, rows: people.length - 1 });
    // The person's own row, their ties packed in it.
    expect(costs[2]).toEqual({ statements: 1, rows: 1 });
  });

  it("read, for a past instant, only the weeks since it and its own week's contributions, whatever came before", async () => {
    const costs = [];
    for (const days of [70, 560]) {
      await emptyReadModels(db);
      await db.transaction((tx) => projectEvents(tx, history(days), p));
      // Three weeks and a day before the last day, on a Wednesday.
      const asOf = start + (days - 22) * MS_PER_DAY + 12 * 3_600_000;
      await personTiesAt(db, people[0]!, asOf, p, plainTextOnly.kept);
      costs.push(
        await costOf((q) => relationshipsOf(q, people[0]!, asOf, p)),
        await costOf((q) => personTiesAt(q, people[0]!, asOf, p, plainTextOnly.kept)),
      );
    }
    expect(costs.slice(2)).toEqual(costs.slice(0, 2));
    expect(costs[0]!.statements).toBe(2);
    // The ties, the weeks since and the week's contributions travel in the person's own row.
    expect(costs[1]).toEqual({ statements: 1, rows: 1 });
  });
});
