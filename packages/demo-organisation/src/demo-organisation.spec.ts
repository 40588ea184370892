import { describe, expect, it } from 'vitest';
import {
  helpGivenV1,
  interactionLoggedV1,
  introductionMadeV1,
  introductionRequestedV1,
  personRegisteredV1,
  thankYouNoteSentV1,
  type PersonRegisteredV1,
} from '@rapport/contracts';
import { managerDisclosure } from '@rapport/domain';
import { demoOrganisation, EXECUTIVE } from './demo-organisation';

const until = Date.parse('2026-11-01T12:00:00Z');
/** The default k of manager analytics (SPEC §2). */
const K = 5;

const lines = (people: readonly PersonRegisteredV1[]) =>
  people.map((p) => ({ personId: p.personId, managerId: p.managerId ?? null, department: p.department }));
const shown = (disclosure: { shown: boolean; reason?: string }) => (disclosure.shown ? 'shown' : disclosure.reason);

describe('demo organisation', () => {
  it('is the same for the same seed and instant', () => {
    expect(demoOrganisation({ until })).toEqual(demoOrganisation({ until }));
    expect(demoOrganisation({ until, seed: 7 })).not.toEqual(demoOrganisation({ until }));
  });

  it('has about a hundred valid people across departments with a management tree, managers registered first', () => {
    const { people } = demoOrganisation({ until });
    expect(people.length).toBeGreaterThanOrEqual(100);
    for (const p of people) expect(personRegisteredV1.safeParse(p).success).toBe(true);
    expect(new Set(people.map((p) => p.department)).size).toBeGreaterThanOrEqual(10);
    const seen = new Set<string>();
    expect(people.filter((p) => p.managerId === null)).toHaveLength(1);
    for (const p of people) {
      if (p.managerId) expect(seen.has(p.managerId), `${p.displayName}'s manager comes first`).toBe(true);
      seen.add(p.personId);
    }
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.displayName)).size).toBe(people.length);
  });

  it('has about a thousand valid interactions in the past months, mostly inside departments', () => {
    const { people, interactions } = demoOrganisation({ until });
    expect(interactions.length).toBeGreaterThan(900);
    const department = new Map(people.map((p) => [p.personId, p.department]));
    let inside = 0;
    for (const i of interactions) {
      expect(interactionLoggedV1.safeParse(i).success).toBe(true);
      expect(Date.parse(i.occurredAt)).toBeLessThanOrEqual(until);
      expect(i.participantIds).toContain(i.initiatorId);
      if (department.get(i.participantIds[0]!) === department.get(i.participantIds[1]!)) inside++;
    }
    expect(inside / interactions.length).toBeGreaterThan(0.5);
    // Everyone has met someone: no empty ego network in the demo.
    const met = new Set(interactions.flatMap((i) => i.participantIds));
    expect(people.filter((p) => !met.has(p.personId)).map((p) => p.displayName)).toEqual([]);
  });

  it('records every habit: help both ways, introductions, thank-you notes after first meetings, "felt heard" answers and targets', () => {
    const { people, interactions, habits } = demoOrganisation({ until });
    const byId = new Map(interactions.map((i) => [i.interactionId, i]));
    for (const h of habits.help) expect(helpGivenV1.safeParse(h).success).toBe(true);
    for (const i of habits.introductions) expect(introductionMadeV1.safeParse(i).success).toBe(true);
    for (const n of habits.thankYouNotes) expect(thankYouNoteSentV1.safeParse(n).success).toBe(true);
    for (const signal of [...habits.help, ...habits.introductions, ...habits.thankYouNotes])
      expect(Date.parse(signal.occurredAt)).toBeLessThan(until);
    expect(habits.help.length).toBeGreaterThan(40);
    expect(habits.introductions.length).toBeGreaterThan(5);
    expect(habits.thankYouNotes.length).toBeGreaterThan(50);
    // Felt heard is answered by a counterpart, never by whoever started the interaction; three answers make a score.
    for (const f of habits.feedback) {
      const interaction = byId.get(f.interactionId)!;
      expect(interaction.participantIds).toContain(f.fromId);
      expect(f.fromId).not.toBe(interaction.initiatorId);
    }
    const answersPerInitiator = new Map<string, number>();
    for (const f of habits.feedback) {
      const initiator = byId.get(f.interactionId)!.initiatorId;
      answersPerInitiator.set(initiator, (answersPerInitiator.get(initiator) ?? 0) + 1);
    }
    expect([...answersPerInitiator.values()].filter((n) => n >= 3).length).toBeGreaterThan(20);
    const ids = new Set(people.map((p) => p.personId));
    for (const t of habits.targets) expect(ids.has(t.personId) && ids.has(t.targetId) && t.personId !== t.targetId).toBe(true);
    expect(new Set(habits.targets.map((t) => t.personId)).size).toBeGreaterThan(20);
  });

  it('asks for introductions on the way to targets through someone who has met both, some made, some declined, some waiting', () => {
    const { interactions, habits } = demoOrganisation({ until });
    const met = (a: string, b: string) => interactions.some((i) => i.participantIds.includes(a) && i.participantIds.includes(b));
    const targets = new Set(habits.targets.map((t) => `${t.personId} ${t.targetId}`));
    for (const r of habits.introductionRequests) {
      expect(introductionRequestedV1.safeParse({ requestId: r.requesterId, ...r }).success).toBe(true);
      expect(targets.has(`${r.requesterId} ${r.targetId}`)).toBe(true);
      expect(met(r.requesterId, r.introducerId) && met(r.introducerId, r.targetId)).toBe(true);
      expect(new Set([r.requesterId, r.introducerId, r.targetId]).size).toBe(3);
    }
    const count = (answer: string | null) => habits.introductionRequests.filter((r) => r.answer === answer).length;
    expect(habits.introductionRequests.length).toBeGreaterThan(10);
    expect(count('made')).toBeGreaterThan(3);
    expect(count('declined')).toBeGreaterThan(1);
    expect(count(null)).toBeGreaterThan(1);
  });

  describe(`under k = ${K}`, () => {
    const { people } = demoOrganisation({ until });
    const reportingLines = lines(people);
    const head = people.find((p) => p.managerId === null)!;
    const departmentHeads = people.filter((p) => p.managerId === head.personId);
    const disclosureOf = (manager: PersonRegisteredV1) => managerDisclosure(manager.personId, reportingLines, K);

    it('shows every department head real figures for their whole department', () => {
      expect(departmentHeads).toHaveLength(8);
      for (const departmentHead of departmentHeads) {
        const disclosure = disclosureOf(departmentHead);
        expect(shown(disclosure.total), departmentHead.function).toBe('shown');
        const own = departmentHead.function.replace('Head of ', '');
        expect(disclosure.departments.find((d) => d.department === own)?.disclosure.shown, departmentHead.function).toBe(true);
      }
    });

    it('suppresses honestly where a group is small: embedded specialists, and the smaller teams to their leads', () => {
      const engineering = disclosureOf(departmentHeads.find((p) => p.function === 'Head of Engineering')!);
      expect(engineering.departments.map((d) => [d.department, d.members.length, shown(d.disclosure)])).toEqual([
        ['Data Science', 3, 'fewer_than_k'],
        ['Engineering', 18, 'shown'],
        ['Security', 3, 'fewer_than_k'],
      ]);
      const teamLeads = people.filter((p) => p.seniority === 4);
      const hidden = teamLeads.filter((lead) => !disclosureOf(lead).total.shown);
      expect(hidden.length).toBeGreaterThanOrEqual(3);
      expect(teamLeads.length - hidden.length).toBeGreaterThanOrEqual(3);
    });

    it('shows the head of the organisation every department of at least k people, the executive team included', () => {
      const disclosure = disclosureOf(head);
      expect(shown(disclosure.total)).toBe('shown');
      const cells = Object.fromEntries(disclosure.departments.map((d) => [d.department, shown(d.disclosure)]));
      expect(cells).toMatchObject({
        [EXECUTIVE]: 'shown',
        Finance: 'shown',
        Engineering: 'shown',
        Legal: 'shown',
        'Data Science': 'fewer_than_k',
        Security: 'fewer_than_k',
      });
      expect(Object.values(cells).filter((c) => c === 'shown')).toHaveLength(9);
    });
  });
});
