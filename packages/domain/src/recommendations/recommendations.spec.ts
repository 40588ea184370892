import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationCategories, type PersonProfile } from '../network/person-profile';
import { recommendations } from './recommendations';
import { defaultRecommendationParameters as p } from './recommendation-parameters';

const person = (id: string, department: string, expertise: string[] = []): PersonProfile => ({
  personId: id,
  displayName: id.toUpperCase(),
  department,
  function: 'F',
  location: 'Lisbon',
  seniority: 3,
  expertise,
});

const people = [
  person('a', 'Sales'),
  person('m', 'Sales'),
  person('n', 'Sales'),
  person('c', 'Finance', ['tax']),
  person('d', 'Legal'),
  person('e', 'Sales'),
];
const profiles = new Map(people.map((x) => [x.personId, x]));
const tie = (personA: string, personB: string, strength: number) => ({ personA, personB, strength });
const rank = (pageRankPercentile: number) => ({ pageRank: pageRankPercentile / 1000, pageRankPercentile });

describe('recommendations', () => {
  const inputs = {
    personId: 'a',
    // a knows m (50) and n (20); m knows c (40), n knows c (70); a already knows e.
    ties: [tie('a', 'm', 50), tie('a', 'n', 20), tie('m', 'c', 40), tie('n', 'c', 70), tie('a', 'e', 15), tie('a', 'd', 9)],
    pageRank: new Map([
      ['a', rank(10)],
      ['m', rank(50)],
      ['n', rank(60)],
      ['c', rank(100)],
      ['d', rank(80)],
      ['e', rank(90)],
    ]),
    profiles,
    organisation: organisationCategories(people),
  };

  it('offers only well-networked people without an active tie (a 9-point tie is not active)', () => {
    expect(recommendations(inputs, p).map((r) => r.candidateId)).toEqual(['c', 'd']);
  });

  it('introduces through the mutual connection whose weaker tie is strongest: m (50/40) over n (20/70)', () => {
    const c = recommendations(inputs, p).find((r) => r.candidateId === 'c')!;
    expect(c.introduction).toEqual({ introducerId: 'm', strengthToPerson: 50, strengthToCandidate: 40 });
    expect(c.introFactor).toBeCloseTo(0.4, 12);
    // Only department varies with K ≥ 2 here (Sales, Finance, Legal): a's ties are all Sales.
    // Adding Finance at 30 beside Sales 85: Blau = 1 − ((85/115)² + (30/115)²) = 0.38563, / (2/3).
    expect(c.diversityGain).toBeCloseTo((1 - ((85 / 115) ** 2 + (30 / 115) ** 2)) / (2 / 3), 9);
    expect(c.score).toBeCloseTo(1 * (1 + c.diversityGain) * 0.4, 12);
    expect(c.sentence).toBe(
      'top 17% well-networked; adds Finance and tax; M can introduce you — you and M: developing tie, 50; M and C: developing tie, 40',
    );
  });

  it('falls back to an introFactor of 0.3 without a mutual connection', () => {
    const d = recommendations(inputs, p).find((r) => r.candidateId === 'd')!;
    expect(d.introduction).toBeNull();
    expect(d.introFactor).toBe(0.3);
    expect(d.sentence).toMatch(/no mutual connection: reach out directly$/);
  });

  it('names an introducer for every candidate who shares an active tie with the person, and for no other (any graph)', () => {
    const ids = ['a', 'm', 'n', 'c', 'd', 'e'];
    const pairs = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => [x, y] as const));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: pairs.length, maxLength: pairs.length }), (strengths) => {
        const ties = pairs.map(([x, y], i) => tie(x, y, strengths[i]!));
        const active = (x: string, y: string) =>
          ties.some((t) => ((t.personA === x && t.personB === y) || (t.personA === y && t.personB === x)) && t.strength >= 10);
        for (const r of recommendations({ ...inputs, ties }, p)) {
          const mutual = ids.some((m) => m !== 'a' && m !== r.candidateId && active('a', m) && active(m, r.candidateId));
          expect(r.introduction !== null).toBe(mutual);
          if (r.introduction) expect(r.sentence).toContain(`you and ${r.introduction.introducerId.toUpperCase()}:`);
        }
      }),
    );
  });
});
