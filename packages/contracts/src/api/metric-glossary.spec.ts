import { describe, expect, it } from 'vitest';
import { metricLabels, summaryMetricKeys } from './cohort-analytics';
import { glossaryFamilies, glossaryTermKeys, metricGlossary } from './metric-glossary';

describe('metric glossary', () => {
  it('explains every metric a cohort or a manager is summarised by, under the name the reports give it', () => {
    for (const key of summaryMetricKeys) expect(metricGlossary[key].term, key).toBe(metricLabels[key]);
  });

  it('explains each term in one plain sentence and says how it is computed', () => {
    for (const key of glossaryTermKeys) {
      const { explanation, computation } = metricGlossary[key];
      expect(explanation, key).toMatch(/^[A-Z][^.!?]*\.$/);
      expect(explanation.length, key).toBeLessThanOrEqual(200);
      expect(computation.length, key).toBeGreaterThan(20);
    }
  });

  it('puts every term in one of the sections the glossary lists, and names each term once', () => {
    const families = glossaryFamilies.map((f) => f.family);
    for (const key of glossaryTermKeys) expect(families, key).toContain(metricGlossary[key].family);
    const names = glossaryTermKeys.flatMap((key) => [metricGlossary[key].term, ...metricGlossary[key].alsoShownAs]);
    expect(new Set(names).size).toBe(names.length);
  });
});
