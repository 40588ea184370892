import { getContrast } from 'color2k';
import { describe, expect, it } from 'vitest';
import { departmentColour, scoreColour, textColourOn, unknownDepartmentColour } from './colours';

describe('colours shared by the app and the reports', () => {
  it('gives a department the same colour whoever else is shown, from the organisation list', () => {
    const organisation = ['Engineering', 'Finance', 'Legal', 'Marketing', 'Operations', 'People', 'Product', 'Sales'];
    const colours = organisation.map((d) => departmentColour(d, organisation));
    expect(new Set(colours).size).toBe(organisation.length);
    expect(departmentColour('Product', organisation)).toBe(colours[6]);
    expect(departmentColour('Nowhere', organisation)).toBe(unknownDepartmentColour);
    expect(departmentColour(null, organisation)).toBe(unknownDepartmentColour);
  });

  it('writes every score 0–100 in a text colour with at least 4.5:1 contrast on its cell (WCAG AA)', () => {
    for (let score = 0; score <= 100; score++) {
      const cell = scoreColour(score);
      expect(getContrast(cell, textColourOn(cell)), `score ${score} on ${cell}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('runs from pale to deep, and 0 is a colour of its own, not white', () => {
    expect(scoreColour(0).toLowerCase()).not.toMatch(/^(#fff(fff)?|rgba?\(255, 255, 255)/);
    expect(textColourOn(scoreColour(0))).not.toBe(textColourOn(scoreColour(100)));
  });
});
