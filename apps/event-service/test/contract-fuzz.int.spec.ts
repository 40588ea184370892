import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { routes, type RouteContract } from '@rapport/contracts';
import { contractArbitrary, hostileValue } from './contract-arbitraries';
import { registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

/**
 * Property-based fuzzing driven by the route contracts: bodies and query strings shaped
 * by each route's own schema (so most requests get past validation into the handlers),
 * with hostile values mixed in at every level (NUL, lone surrogates, extreme dates and
 * numbers, prototype-pollution keys, deep and huge values). At least 10,000 requests
 * against the embedded service; never a 5xx, every refusal a problem+json, and a refused
 * request stores nothing. Fixed seed, so a failure reproduces.
 */
const SEED = 20261204;
const MIN_CASES = 10_000;
/** Routes that start heavy work (a rebuild, a structural run) get few cases; the rest share the budget. */
const HEAVY = new Set(['rebuildProjections', 'computeStructure']);

const { app, admin } = useTestApp(eventService);
let known: string[];
let cases = 0;

beforeAll(async () => {
  known = await registerPeople(app, admin(), 6);
});

const fuzzed = (Object.entries(routes) as Array<[string, RouteContract]>).filter(
  ([, route]) => route.access.kind !== 'public' && (route.method !== 'get' || route.query !== undefined),
);
const perRoute = (name: string) => (HEAVY.has(name) ? 20 : Math.ceil(MIN_CASES / (fuzzed.length - HEAVY.size)));

/** Percent-encodes text; a lone surrogate, which UTF-8 cannot carry, is sent as the bytes of one (invalid UTF-8). */
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
};

const queryString = (value: unknown): string => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `?q=${encode(String(value))}`;
  const params = Object.entries(value).map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : JSON.stringify(v))}`);
  return params.length ? `?${params.join('&')}` : '';
};

/** Answers the HTTP server itself gives before any route runs (a request line over its limit). */
const refusedByHttpServer = (status: number) => status === 414 || status === 431;

describe('requests shaped by every route contract, with hostile values', () => {
  for (const [name, route] of fuzzed) {
    it(`${route.method.toUpperCase()} ${route.path} (${name})`, async () => {
      // Erasing a known person would leave the other routes only strangers to work on.
      const ids = name === 'erasePerson' ? [] : known;
      const pathId = fc.oneof(
        fc.constantFrom(...(ids.length ? ids : ['00000000-0000-4000-8000-000000000000'])),
        fc.uuid(),
        hostileValue.map(String),
      );
      const body = route.body ? contractArbitrary(route.body, known) : fc.constant(undefined);
      const query = route.query ? contractArbitrary(route.query, known) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(body, query, pathId, async (b, q, id) => {
          cases++;
          const path = route.path.replace(/\{(\w+)\}/g, () => encode(id)) + (q === undefined ? '' : queryString(q));
          const before = await app.runtime.store.count();
          const r = await app.request(route.method.toUpperCase(), path, { token: admin(), ...(b === undefined ? {} : { body: b }) });
          expect(r.status, `${path} ${JSON.stringify(b)?.slice(0, 300)} → ${JSON.stringify(r.body)?.slice(0, 300)}`).toBeLessThan(500);
          if (r.status >= 400 && !refusedByHttpServer(r.status)) {
            expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
            expect(await app.runtime.store.count()).toBe(before);
          }
        }),
        { seed: SEED, numRuns: perRoute(name), endOnFailure: true },
      );
    });
  }

  it(`sent at least ${MIN_CASES.toLocaleString('en')} requests`, () => {
    expect(cases).toBeGreaterThanOrEqual(MIN_CASES);
  });
});
