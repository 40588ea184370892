import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { routes, type RouteContract } from '@rapport/contracts';
import { registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

/**
 * Hostile input against every command endpoint in the route registry: malformed JSON,
 * wrong types, missing and extra fields, deep nesting, unicode edge cases, SQL- and
 * script-looking strings, out-of-range dates. Never a 5xx; a refused request stores
 * nothing. Bounded and reproducible: a fixed seed and number of cases per route.
 */
const SEED = 20261129;
const CASES_PER_ROUTE = 40;

const { app, admin } = useTestApp(eventService);
let known: string[];

beforeAll(async () => {
  known = await registerPeople(app, admin(), 3);
});

const commandRoutes = (Object.entries(routes) as Array<[string, RouteContract]>).filter(
  ([, route]) => route.method !== 'get' && route.access.kind !== 'public',
);

const nasty = fc.constantFrom(
  "' OR 1=1; DROP TABLE events; --",
  '"; DELETE FROM streams WHERE ""="',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '\u0000\u0001\u202e\ud800',
  '𝕽𝖆𝖕𝖕𝖔𝖗𝖙 👩🏽‍💼 مرحبا',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-13-45T99:99:99Z',
  '9999-12-31T23:59:59Z',
  '-1',
  'NaN',
  '1e309',
  '__proto__',
  'constructor',
);

const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.constantFrom(...['a', 'b', 'c'].map(() => randomUUID())),
);

/** Objects built around the fields the commands know, with values of every wrong kind. */
const fieldNames = fc.constantFrom(
  'personId',
  'initiatorId',
  'participantIds',
  'occurredAt',
  'channel',
  'durationMinutes',
  'location',
  'kind',
  'displayName',
  'email',
  'department',
  'function',
  'seniority',
  'expertise',
  'managerId',
  'expectedVersion',
  'interactions',
  'people',
  'giverId',
  'receiverId',
  'introducerId',
  'personAId',
  'personBId',
  'fromId',
  'toId',
  'handwritten',
  'feltHeard',
  'reason',
  'targetId',
  'note',
  '__proto__',
  'extra',
);

const { value: nested } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fieldNames, tie('value'), { maxKeys: 6 }),
  ),
}));

/** Deep nesting as raw JSON text (thousands of levels), so the report of a failure stays printable. */
const deeplyNested = fc
  .integer({ min: 200, max: 20000 })
  .map((depth) => `${'{"interactions":['.repeat(depth)}"bottom"${']}'.repeat(depth)}`);

type Body = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string };

const bodies: fc.Arbitrary<Body> = fc.oneof(
  nested.map((value) => ({ kind: 'json' as const, value })),
  fc.dictionary(fieldNames, nested, { maxKeys: 12 }).map((value) => ({ kind: 'json' as const, value })),
  deeplyNested.map((text) => ({ kind: 'raw' as const, text })),
  fc.string().map((text) => ({ kind: 'raw' as const, text })),
  fc
    .constantFrom('{', '{"a":', '[1,2', 'null', 'true', '"str"', '{"participantIds":[1,2,]}', '\u0000')
    .map((text) => ({ kind: 'raw' as const, text })),
);

const pathIds = fc.oneof(
  fc.uuid(),
  fc.constantFrom('not-a-uuid', '..', '%00', "1' OR '1'='1", 'ÿ'),
  fc.constantFrom(...['x'].map(() => '')),
);

describe('hostile input at every command endpoint', () => {
  it('covers every command route in the registry', () => {
    expect(commandRoutes.length).toBeGreaterThanOrEqual(4);
  });

  for (const [name, route] of commandRoutes) {
    it(`${route.method.toUpperCase()} ${route.path} (${name}) never answers 5xx and stores nothing when it refuses`, async () => {
      const outcomes = { refused: 0, accepted: 0 };
      await fc.assert(
        fc.asyncProperty(bodies, pathIds, fc.boolean(), async (body, id, useKnownPerson) => {
          const path = route.path.replace(/\{(\w+)\}/g, () => encodeURIComponent(useKnownPerson ? known[0]! : id));
          const before = await app.runtime.store.count();
          const r = await app.request(route.method.toUpperCase(), path, {
            token: admin(),
            ...(body.kind === 'json' ? { body: body.value } : { rawBody: body.text }),
          });
          expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
          if (r.status >= 400) {
            outcomes.refused++;
            expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
            expect(await app.runtime.store.count()).toBe(before);
          } else {
            outcomes.accepted++;
          }
        }),
        { seed: SEED, numRuns: CASES_PER_ROUTE, endOnFailure: true },
      );
      console.log(
        `${name}: ${CASES_PER_ROUTE} hostile requests, ${outcomes.refused} refused, ${outcomes.accepted} accepted, 0 server errors`,
      );
    });
  }
});
