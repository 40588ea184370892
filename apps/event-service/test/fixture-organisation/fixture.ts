import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually } from '../people-fixture';
import type { TestApp } from '@rapport/test-support';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface FixturePerson {
  key: string;
  personId: string;
  displayName: string;
  email: string;
  department: string;
  function: string;
  location: string;
  seniority: number;
  expertise: string[];
}

export interface FixtureOrganisation {
  registeredAt: string;
  asOf: string;
  people: FixturePerson[];
  interactions: Array<{
    interactionId: string;
    initiator: string;
    participants: string[];
    occurredAt: string;
    channel: string;
    kind: string;
    durationMinutes?: number;
    location?: string;
  }>;
}

/** The fixture organisation (organisation.json) and what reference.py computed from it (expected.json). */
export const fixture = JSON.parse(readFileSync(path.join(here, 'organisation.json'), 'utf8')) as FixtureOrganisation;
export const expected = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8')) as ReferenceResult;

export interface ReferencePerson {
  size: number;
  strongTies: number;
  supportSystem: number;
  crossDepartmentTies: number;
  crossFunctionTies: number;
  diversity: Record<string, number | null>;
  composite: number | null;
  expertiseCoverage: number;
  constraint: number | null;
  effectiveSize: number | null;
  betweenness: number;
  pageRank: number;
  pageRankPercentile: number;
  twoStepReach: number;
  clustering: number;
  roles: string[];
}

export interface ReferenceResult {
  K: Record<string, number>;
  strengths: Record<string, number>;
  people: Record<string, ReferencePerson>;
  thresholds: Record<string, number>;
  recommendations: Record<
    string,
    Array<{ candidate: string; score: number; gain: number; introFactor: number; introducer: string | null }>
  >;
}

export const idOf = (key: string): string => fixture.people.find((p) => p.key === key)!.personId;

/**
 * Registers everyone at `registeredAt` and logs every interaction through the API, then
 * waits until the worker has projected all of it. `setNow` moves the test app's clock.
 */
export async function seedFixture(app: TestApp, admin: string, setNow: (iso: string) => void): Promise<void> {
  setNow(fixture.registeredAt);
  for (const { key: _key, ...person } of fixture.people) {
    const r = await app.request('POST', '/v1/people', { token: admin, body: person });
    if (r.status !== 201) throw new Error(`registering ${person.displayName}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  setNow('2026-06-02T00:00:00.000Z');
  const interactions = fixture.interactions.map(({ initiator, participants, ...rest }) => ({
    ...rest,
    initiatorId: idOf(initiator),
    participantIds: participants.map(idOf),
  }));
  const r = await app.request('POST', '/v1/interactions/batch', { token: admin, body: { interactions } });
  if (r.status !== 201) throw new Error(`logging interactions: ${r.status} ${JSON.stringify(r.body)}`);
  const pairs = Object.keys(expected.strengths).map((pair) => pair.split('-') as [string, string]);
  await eventually(
    async () => {
      const counts = await Promise.all(
        fixture.people.map(async (p) => {
          const list = await app.request('GET', `/v1/people/${p.personId}/relationships?limit=500`, { token: admin });
          return list.body.items?.length ?? 0;
        }),
      );
      return counts.reduce((a: number, b: number) => a + b, 0);
    },
    (total) => total === pairs.length * 2,
  );
}
