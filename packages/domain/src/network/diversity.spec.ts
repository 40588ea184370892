import { describe, expect, it } from 'vitest';
import { diversityOf } from './diversity';
import { organisationCategories, type PersonProfile } from './person-profile';

const person = (id: string, over: Partial<PersonProfile> = {}): PersonProfile => ({
  personId: id,
  displayName: id,
  department: 'Sales',
  function: 'Sales',
  location: 'Lisbon',
  seniority: 3,
  expertise: [],
  ...over,
});

describe('strength-weighted Blau diversity', () => {
  const org = [
    person('a', { department: 'Sales', expertise: ['x'] }),
    person('b', { department: 'Legal', expertise: ['x', 'y'] }),
    person('c', { department: 'Finance', expertise: ['z'] }),
    person('d', { department: 'People' }),
  ];
  const categories = organisationCategories(org);

  it('normalises by 1 − 1/K: two equal ties in two of four departments give 0.5 / 0.75', () => {
    const d = diversityOf(
      [
        { counterpart: org[0]!, strength: 40 },
        { counterpart: org[1]!, strength: 40 },
      ],
      categories,
    );
    expect(d.byDimension.department).toBeCloseTo(0.5 / 0.75, 12);
  });

  it('splits a tie’s strength evenly across the counterpart’s expertise tags', () => {
    // x: 40 + 20 = 60, y: 20 → p = 0.75, 0.25 → 1 − 0.625 = 0.375; K = 3 → 0.375 / (2/3).
    const d = diversityOf(
      [
        { counterpart: org[0]!, strength: 40 },
        { counterpart: org[1]!, strength: 40 },
      ],
      categories,
    );
    expect(d.byDimension.expertise).toBeCloseTo(0.375 / (2 / 3), 12);
  });

  it('leaves out dimensions with a single category from the composite', () => {
    const d = diversityOf(
      [
        { counterpart: org[0]!, strength: 40 },
        { counterpart: org[1]!, strength: 40 },
      ],
      categories,
    );
    expect(d.byDimension.location).toBeNull();
    expect(d.byDimension.seniority).toBeNull();
    expect(d.composite).toBeCloseTo((0.5 / 0.75 + 0.375 / (2 / 3)) / 2, 12);
  });

  it('is 0 without ties', () => {
    expect(diversityOf([], categories).composite).toBe(0);
  });
});
