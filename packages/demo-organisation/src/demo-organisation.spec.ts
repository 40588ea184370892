import { describe, expect, it } from 'vitest';
import { interactionLoggedV1, personRegisteredV1 } from '@rapport/contracts';
import { demoOrganisation } from './demo-organisation';

const until = Date.parse('2026-11-01T12:00:00Z');

describe('demo organisation', () => {
  it('is the same for the same seed and instant', () => {
    expect(demoOrganisation({ until })).toEqual(demoOrganisation({ until }));
    expect(demoOrganisation({ until, seed: 7 })).not.toEqual(demoOrganisation({ until }));
  });

  it('has a few dozen valid people across departments with a management tree', () => {
    const { people } = demoOrganisation({ until });
    expect(people.length).toBeGreaterThanOrEqual(30);
    for (const p of people) expect(personRegisteredV1.safeParse(p).success).toBe(true);
    expect(new Set(people.map((p) => p.department)).size).toBeGreaterThanOrEqual(8);
    const ids = new Set(people.map((p) => p.personId));
    expect(people.filter((p) => p.managerId === null)).toHaveLength(1);
    for (const p of people) if (p.managerId) expect(ids.has(p.managerId)).toBe(true);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
  });

  it('has a few hundred valid interactions in the past months, mostly inside departments', () => {
    const { people, interactions } = demoOrganisation({ until });
    expect(interactions.length).toBeGreaterThan(250);
    const department = new Map(people.map((p) => [p.personId, p.department]));
    let inside = 0;
    for (const i of interactions) {
      expect(interactionLoggedV1.safeParse(i).success).toBe(true);
      expect(Date.parse(i.occurredAt)).toBeLessThanOrEqual(until);
      expect(i.participantIds).toContain(i.initiatorId);
      if (department.get(i.participantIds[0]!) === department.get(i.participantIds[1]!)) inside++;
    }
    expect(inside / interactions.length).toBeGreaterThan(0.4);
  });
});
