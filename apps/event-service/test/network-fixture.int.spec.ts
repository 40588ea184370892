import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, fixture, idOf, seedFixture } from './fixture-organisation/fixture';
import { createTestDatabase, type TestDatabase, startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

/*
 * The fixture organisation (fixture-organisation/organisation.json): ten people, 24
 * interactions, read as of 2026-06-01T09:00Z. Most interactions happen at that instant
 * (no decay); Gus and Ivo met twice exactly one half-life (90 days) earlier.
 *
 * Expected numbers come from two places, neither sharing code with Rapport:
 *  - by hand, in the comments of the first tests below;
 *  - fixture-organisation/reference.py, an independent Python computation written from
 *    SPEC §6 and from NetworkX's own source (structuralholes.py and pagerank
 *    transliterated; betweenness by counting every pair's shortest paths, not Brandes).
 *    Its output is fixture-organisation/expected.json (regenerate with
 *    `python3 reference.py > expected.json`).
 */

// The same answers are expected from the embedded store (PGlite) and from PostgreSQL.
describe.each(['PGlite', 'PostgreSQL'] as const)('fixture organisation on %s', (backend) => {
  let app: EventServiceTestApp;
  let database: TestDatabase | null;
  let admin: string;
  // The app's clock is moved while seeding; sign-in tokens are checked against the real time.
  let now = Date.now();
  const asOf = fixture.asOf;

  beforeAll(async () => {
    database = backend === 'PostgreSQL' ? await createTestDatabase('rapport_fixture') : null;
    app = await startTestApp(eventService, { now: () => now, ...(database ? { databaseUrl: database.url } : {}) });
    admin = await app.token('admin');
    await seedFixture(app, admin, (iso) => {
      now = Date.parse(iso);
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const get = async (path: string) => {
    const r = await app.request('GET', path, { token: admin });
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const network = (key: string) => get(`/v1/people/${idOf(key)}/network?asOf=${asOf}`);

  describe('fixture organisation: relationship strength (SPEC §6.2)', () => {
    it('scores Ana–Ben 64.8 and Gus–Ivo 25.9 as derived by hand', async () => {
      // Ana–Ben: 60-min in-person 1:1 by Ana, 1.0 × 2.0 = 2.0; 30-min video by Ben, 0.8;
      // Ivo's 30-min meeting of four, 1/3 per pair. I = 3.1333, R = 1 (1 each; Ivo's counts
      // for neither). S = 100 · (1 − e^(−3.1333/3)) = 64.81 → 64.8.
      const anaBen = await get(`/v1/people/${idOf('ana')}/relationships/${idOf('ben')}?asOf=${asOf}`);
      expect(anaBen.strength).toBe(64.8);
      expect(anaBen.explanation.reciprocity.value).toBe(1);
      // Gus–Ivo: 30-min in person (1.0) and 30-min video (0.8), 90 days before T → halved:
      // I = 0.9, R = 1. S = 100 · (1 − e^(−0.3)) = 25.92 → 25.9.
      const gusIvo = await get(`/v1/people/${idOf('gus')}/relationships/${idOf('ivo')}?asOf=${asOf}`);
      expect(gusIvo.strength).toBe(25.9);
      expect(gusIvo.tier).toBe('weak');
    });

    it('gives every pair the strength the reference computed', async () => {
      for (const [pair, strength] of Object.entries(expected.strengths)) {
        const [a, b] = pair.split('-') as [string, string];
        const tie = await get(`/v1/people/${idOf(a)}/relationships/${idOf(b)}?asOf=${asOf}`);
        expect({ pair, strength: tie.strength }).toEqual({ pair, strength });
      }
    });
  });

  describe('fixture organisation: person network metrics (SPEC §6.3)', () => {
    it('derives Hana’s structure by hand: three unlinked contacts', async () => {
      // Hana's active ties: Cara 46.0, Fay 45.1, Gus 52.8 — none of them tied to another.
      // p = S / 143.9; constraint = Σ p² = (46² + 45.1² + 52.8²) / 143.9² = 6937.85 / 20707.21
      // = 0.335040; effective size = 3 (no redundancy); clustering 0.
      const hana = await network('hana');
      expect(hana.structure.constraint).toBeCloseTo(6937.85 / 20707.21, 9);
      expect(hana.structure.effectiveSize).toBeCloseTo(3, 9);
      expect(hana.structure.clustering).toBe(0);
      expect(hana.size).toBe(3);
    });

    it('derives Ivo and Jo by hand: one tie, and none', async () => {
      // Ivo's only active tie is Gus: p = 1, constraint = 1² = 1, effective size = 1 − 0 = 1;
      // every diversity is 0 (one category), so the composite is 0.
      const ivo = await network('ivo');
      expect(ivo.structure.constraint).toBeCloseTo(1, 12);
      expect(ivo.structure.effectiveSize).toBeCloseTo(1, 12);
      expect(ivo.diversity.composite).toBe(0);
      // Jo's only tie (a 10-minute email to Ben, S = 2.3) is not active: constraint and
      // effective size are undefined (NaN in NetworkX), and Jo is peripheral (0 ≤ p10 = 0.9).
      const jo = await network('jo');
      expect(jo.size).toBe(0);
      expect(jo.structure.constraint).toBeNull();
      expect(jo.structure.effectiveSize).toBeNull();
      expect(jo.structure.roles).toEqual(['peripheral']);
    });

    it('matches the reference for every person and every metric', async () => {
      for (const person of fixture.people) {
        const want = expected.people[person.key]!;
        const got = await network(person.key);
        const label = person.displayName;
        expect({ label, size: got.size, strong: got.strongTies, support: got.supportSystem }).toEqual({
          label,
          size: want.size,
          strong: want.strongTies,
          support: want.supportSystem,
        });
        expect([label, got.crossDepartmentTies, got.crossFunctionTies]).toEqual([label, want.crossDepartmentTies, want.crossFunctionTies]);
        for (const [dimension, value] of Object.entries(want.diversity)) {
          expect([label, dimension, got.diversity.byDimension[dimension]]).toEqual([label, dimension, closeTo(value)]);
        }
        expect([label, got.diversity.composite]).toEqual([label, closeTo(want.composite ?? 0)]);
        expect([label, got.expertiseCoverage]).toEqual([label, closeTo(want.expertiseCoverage)]);
        const s = got.structure;
        expect([label, s.constraint, s.effectiveSize]).toEqual([label, closeTo(want.constraint), closeTo(want.effectiveSize)]);
        expect([label, s.betweenness, s.pageRank, s.pageRankPercentile]).toEqual([
          label,
          closeTo(want.betweenness),
          closeTo(want.pageRank, 1e-6),
          want.pageRankPercentile,
        ]);
        expect([label, s.twoStepReach, s.clustering, s.roles]).toEqual([label, want.twoStepReach, closeTo(want.clustering), want.roles]);
      }
    });

    it('reports when and for which instant the structure was computed', async () => {
      const dev = await network('dev');
      expect(dev.structureRun.asOf).toBe(new Date(asOf).toISOString());
      expect(Date.parse(dev.structureRun.computedAt)).toBe(now);
      expect(dev.structureRun.people).toBe(10);
      expect(dev.structureRun.activeTies).toBe(Object.values(expected.strengths).filter((s) => s >= 10).length);
      expect(dev.structureRun.thresholds.constraintP25).toBeCloseTo(expected.thresholds.constraintP25!, 9);
    });
  });

  describe('fixture organisation: recommendations (SPEC §6.4)', () => {
    it('recommends Dev to Ben through Ana, explained in one sentence', async () => {
      // Dev has the highest PageRank (percentile 100, top 10%). Ben and Dev share Ana:
      // introFactor = min(64.8, 70.9) / 100 = 0.648; the reference's diversity gain is 0.1563,
      // so score = 1.00 · 1.1563 · 0.648 = 0.7493.
      const r = await get(`/v1/people/${idOf('ben')}/recommendations?asOf=${asOf}`);
      const first = r.items[0];
      expect(first.candidateName).toBe('Dev');
      expect(first.introduction.path).toEqual([idOf('ben'), idOf('ana'), idOf('dev')]);
      expect(first.introFactor).toBeCloseTo(0.648, 12);
      expect(first.sentence).toBe(
        'top 10% well-networked; adds Engineering, Platform, kubernetes and go; Ana can introduce you — you and Ana: strong tie, 65; Ana and Dev: strong tie, 71',
      );
    });

    it('ranks and scores every person’s candidates as the reference does', async () => {
      for (const person of fixture.people) {
        const r = await get(`/v1/people/${person.personId}/recommendations?asOf=${asOf}`);
        const want = expected.recommendations[person.key]!;
        const got = r.items.map((i: any) => ({
          candidate: fixture.people.find((p) => p.personId === i.candidateId)!.key,
          score: i.score,
          gain: i.diversityGain,
          introFactor: i.introFactor,
          introducer: i.introduction ? fixture.people.find((p) => p.personId === i.introduction.introducerId)!.key : null,
        }));
        expect([person.key, got]).toEqual([
          person.key,
          want.map((w) => ({ ...w, score: closeTo(w.score), gain: closeTo(w.gain), introFactor: closeTo(w.introFactor) })),
        ]);
      }
    });
  });

  describe('fixture organisation: organisation graph', () => {
    it('lists every person with attributes and metrics, and every active tie once with its strength', async () => {
      const graph = await get(`/v1/org/graph?asOf=${asOf}`);
      expect(graph.nodes).toHaveLength(10);
      const active = Object.entries(expected.strengths).filter(([, s]) => s >= 10);
      expect(graph.edges).toHaveLength(active.length);
      const keyOf = (id: string) => fixture.people.find((p) => p.personId === id)!.key;
      for (const edge of graph.edges) {
        const pair = [keyOf(edge.source), keyOf(edge.target)].sort().join('-');
        expect([pair, edge.strength]).toEqual([pair, expected.strengths[pair]]);
      }
      const dev = graph.nodes.find((n: any) => n.personId === idOf('dev'));
      expect(dev.department).toBe('Engineering');
      expect(dev.metrics.roles).toEqual(expected.people.dev!.roles);
    });
  });
});

function closeTo(value: number | null, tolerance = 1e-9) {
  return value === null ? null : expect.closeTo(value, -Math.log10(tolerance * 2));
}
