import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters as p, personNetworkMetrics, tieScoreOf } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { projectEvents } from '../project-events';
import { withReadModelsDatabase } from '../property/read-models-database';
import { call, registration } from '../property/test-events';
import { countingExecutor } from '../property/counting-executor';
import { personNetworkAnswer } from './person-network.query';
import { computeStructureRun, type StructureRunOptions } from './structure-run';
import { structureOfPeople } from './structure-run.query';
import { emptyReadModels } from '../property/read-model-snapshot';
import { dayAt, eventHistory, people as historyPeople } from '../property/event-history.arbitrary';
import { relationshipsOf } from '../relationships.query';
import { organisationCategoriesFromPeople } from './organisation-categories';
import { organisationProfiles } from './organisation.query';

let db: Database;
withReadModelsDatabase((opened) => (db = opened));

const people = ['a', 'b', 'c', 'd'].map((letter) => `00000000-0000-4000-8000-00000000000${letter}`);
const day = 86_400_000;
const start = Date.UTC(2026, 2, 2);
const at = (days: number) => new Date(start + days * day).toISOString();

/** The network answer with its statements counted (it computes no run here, so it needs no transaction). */
async function countedAnswer(personId: string, asOf: number, options: StructureRunOptions) {
  const counting = countingExecutor(db);
  const counted = Object.assign(Object.create(db) as Database, { query: counting.executor.query });
  const answer = await personNetworkAnswer(counted, personId, asOf, options);
  return { answer, statements: counting.statements };
}

describe("a person's network as of a named instant", () => {
  it('in an organisation too large to compute a run on request, reads the nearest stored run in its one statement', async () => {
    const events = people.map((personId, i) => registration(i + 1, personId, at(-1), { displayName: `P${i}`, department: 'Sales' }));
    for (let d = 0; d < 20; d++) events.push(call(10 + d, people[d % 2]!, people[2 + (d % 2)]!, at(d)));
    await db.transaction((tx) => projectEvents(tx, events, p));

    const options: StructureRunOptions = { strength: p, now: () => start + 30 * day, maxOnDemandPeople: people.length - 1 };
    const stored = await computeStructureRun(db, start + 10 * day, 'schedule', options);
    const asOf = start + 12 * day;
    // The first answers count the people, remember the organisation's categories for T and hold the counterparts' profiles.
    for (const personId of people) await personNetworkAnswer(db, personId, asOf, options);

    for (const personId of people) {
      const { answer, statements } = await countedAnswer(personId, asOf, options);
      expect(statements).toBe(1);
      expect(answer!.run).toEqual(stored);
      expect(answer!.structure).toEqual((await structureOfPeople(db, stored.runId, [personId])).get(personId) ?? null);
    }

    // A registration names a new state of the people: they are counted again.
    await db.transaction((tx) =>
      projectEvents(tx, [registration(40, '00000000-0000-4000-8000-00000000000e', at(13), { displayName: 'E', department: 'Sales' })], p),
    );
    expect((await countedAnswer(people[0]!, asOf, options)).statements).toBeGreaterThan(1);
    expect((await countedAnswer(people[0]!, asOf, options)).statements).toBe(1);
  });

  it('in an organisation a request may compute a run for, computes one for exactly T rather than read the nearest', async () => {
    const options: StructureRunOptions = { strength: p, now: () => start + 30 * day };
    const asOf = start + 15 * day;
    const answer = await personNetworkAnswer(db, people[0]!, asOf, options);
    expect(answer!.run.asOf).toBe(asOf);
    expect(answer!.run.trigger).toBe('on_demand');
  });
});

describe("a person's network metrics, read from the ties that can be active", () => {
  it('equal the metrics of every tie, "now" and at a named instant, as ties fade below active while nothing is logged', async () => {
    await fc.assert(
      fc.asyncProperty(eventHistory, fc.integer({ min: 0, max: 500 }), async (events, day) => {
        await emptyReadModels(db);
        await db.transaction((tx) => projectEvents(tx, events, p));
        const asOf = Date.parse(dayAt(day, 12));
        const profiles = await organisationProfiles(db, null, null);
        const categories = await organisationCategoriesFromPeople(db, asOf);
        const options: StructureRunOptions = { strength: p, now: () => asOf };
        for (const personId of historyPeople) {
          const person = profiles.get(personId);
          if (!person) continue;
          const everyTie = (await relationshipsOf(db, personId, asOf, p)).map(tieScoreOf);
          const expected = personNetworkMetrics(person, everyTie, profiles, categories);
          expect((await personNetworkAnswer(db, personId, undefined, options))!.metrics).toEqual(expected);
          expect((await personNetworkAnswer(db, personId, asOf, options))!.metrics).toEqual(expected);
        }
      }),
      { numRuns: 20 },
    );
  });
});
