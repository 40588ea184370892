import { describe, expect, it } from 'vitest';
import type { SyntheticDay } from './activity';
import { syntheticOrganisation } from './synthetic-organisation';

const options = { people: 300, days: 120, seed: 42, start: '2026-03-02' };
const everyDay = (org: ReturnType<typeof syntheticOrganisation>): SyntheticDay[] => [...org.days()];

describe('a synthetic organisation', () => {
  const org = syntheticOrganisation(options);
  const days = everyDay(org);
  const interactions = days.flatMap((d) => d.interactions);
  const byId = new Map(org.people.map((p) => [p.personId, p]));

  it('is the same organisation, event for event, for the same seed', () => {
    const again = syntheticOrganisation(options);
    expect(again.people).toEqual(org.people);
    expect(again.cohorts).toEqual(org.cohorts);
    expect(everyDay(again)).toEqual(days);
    expect([...org.days()]).toEqual(days);
  });

  it('differs for another seed', () => {
    const other = syntheticOrganisation({ ...options, seed: 43 });
    expect(other.people.map((p) => p.personId)).not.toEqual(org.people.map((p) => p.personId));
  });

  it('registers managers before their reports, in a single tree under one head', () => {
    const seen = new Set<string>();
    for (const person of org.people) {
      if (person.managerId) expect(seen.has(person.managerId)).toBe(true);
      seen.add(person.personId);
    }
    expect(org.people.filter((p) => p.managerId === null)).toHaveLength(1);
    expect(new Set(org.people.map((p) => p.email)).size).toBe(org.people.length);
    expect(new Set(org.people.map((p) => p.department)).size).toBeGreaterThanOrEqual(5);
  });

  it('ties people inside their department far more often than chance (homophily)', () => {
    const pairs = interactions.filter((i) => i.participantIds.length === 2);
    const inside = pairs.filter((i) => byId.get(i.participantIds[0]!)!.department === byId.get(i.participantIds[1]!)!.department).length;
    const sizes = new Map<string, number>();
    for (const p of org.people) sizes.set(p.department, (sizes.get(p.department) ?? 0) + 1);
    const byChance = [...sizes.values()].reduce((sum, s) => sum + (s / org.people.length) ** 2, 0);
    expect(inside / pairs.length).toBeGreaterThan(2 * byChance);
  });

  it('has a few hubs with many more distinct contacts than the typical person', () => {
    const contacts = new Map<string, Set<string>>();
    for (const i of interactions)
      for (const a of i.participantIds)
        for (const b of i.participantIds) if (a !== b) (contacts.get(a) ?? contacts.set(a, new Set()).get(a)!).add(b);
    const degree = (id: string) => contacts.get(id)?.size ?? 0;
    const others = org.people
      .filter((p) => !org.hubIds.includes(p.personId))
      .map((p) => degree(p.personId))
      .sort((a, b) => a - b);
    const median = others[Math.floor(others.length / 2)]!;
    const hubMedian = org.hubIds.map(degree).sort((a, b) => a - b)[Math.floor(org.hubIds.length / 2)]!;
    expect(org.hubIds.length).toBeGreaterThanOrEqual(2);
    expect(hubMedian).toBeGreaterThan(2.5 * median);
  });

  it('makes cohort participants network more after their cohort starts, and others not', () => {
    const [cohort] = org.cohorts;
    const participants = new Set(cohort!.participantIds);
    const rate = (who: (id: string) => boolean, from: number, to: number) => {
      const count = days
        .slice(from, to)
        .flatMap((d) => d.interactions)
        .filter((i) => who(i.initiatorId)).length;
      return count / (to - from);
    };
    const inCohort = (id: string) => participants.has(id);
    const before = rate(inCohort, 0, cohort!.startDay);
    const after = rate(inCohort, cohort!.startDay, options.days);
    const othersBefore = rate((id) => !inCohort(id), 0, cohort!.startDay);
    const othersAfter = rate((id) => !inCohort(id), cohort!.startDay, options.days);
    expect(after / before).toBeGreaterThan(1.6);
    expect(othersAfter / othersBefore).toBeLessThan(1.25);
    expect(othersAfter / othersBefore).toBeGreaterThan(0.8);
  });

  it('produces help, introductions and thank-you notes between registered people, inside the window', () => {
    const last = Date.parse(`${options.start}T00:00:00Z`) + options.days * 86_400_000;
    for (const day of days) {
      for (const h of day.help) expect(byId.has(h.giverId) && byId.has(h.receiverId) && h.giverId !== h.receiverId).toBe(true);
      for (const n of day.introductions) expect(new Set([n.introducerId, n.personAId, n.personBId]).size).toBe(3);
      for (const t of day.thankYouNotes) expect(Date.parse(t.occurredAt)).toBeLessThan(last);
    }
    expect(days.flatMap((d) => d.help).length).toBeGreaterThan(0);
    expect(days.flatMap((d) => d.introductions).length).toBeGreaterThan(0);
    expect(days.flatMap((d) => d.thankYouNotes).length).toBeGreaterThan(0);
    for (const i of interactions) expect(new Set(i.participantIds).size).toBe(i.participantIds.length);
  });

  it('refuses sizes outside 20 to 100,000 people', () => {
    expect(() => syntheticOrganisation({ ...options, people: 19 })).toThrow(RangeError);
    expect(() => syntheticOrganisation({ ...options, people: 100_001 })).toThrow(RangeError);
  });

  it('has a dense, mail-heavy profile: about three times the activity, mostly e-mail, groups of up to nine from the department', () => {
    const dense = everyDay(syntheticOrganisation({ ...options, profile: 'dense' })).flatMap((d) => d.interactions);
    expect(dense.length / interactions.length).toBeGreaterThan(2.5);
    const email = dense.filter((i) => i.channel === 'email').length / dense.length;
    expect(email).toBeGreaterThan(0.5);
    const groups = dense.filter((i) => i.participantIds.length > 2);
    expect(groups.length / dense.length).toBeGreaterThan(0.3);
    expect(Math.max(...groups.map((i) => i.participantIds.length))).toBe(9);
    // Groups are drawn from the initiator's department (those outside any department write to their team).
    const oneDepartment = groups.filter((g) => new Set(g.participantIds.map((id) => byId.get(id)!.department)).size === 1).length;
    expect(oneDepartment / groups.length).toBeGreaterThan(0.9);
    expect(interactions.filter((i) => i.channel === 'email').length / interactions.length).toBeLessThan(0.1);
  });

  it('has a sparse profile for a large company: the same people and pattern at about a seventh of the activity', () => {
    const sparse = syntheticOrganisation({ ...options, profile: 'sparse' });
    expect(sparse.people).toEqual(syntheticOrganisation(options).people);
    const logged = everyDay(sparse).flatMap((d) => d.interactions);
    expect(logged.length / interactions.length).toBeGreaterThan(0.1);
    expect(logged.length / interactions.length).toBeLessThan(0.2);
    const groups = logged.filter((i) => i.participantIds.length > 2).length / logged.length;
    expect(groups).toBeGreaterThan(0.05);
    expect(groups).toBeLessThan(0.2);
  });
});
