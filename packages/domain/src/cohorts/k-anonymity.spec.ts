import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { managerDisclosure, reportingSubtree, type ReportingLine } from './k-anonymity';

const line = (personId: string, managerId: string | null, department = 'Sales'): ReportingLine => ({ personId, managerId, department });
const team = (managerId: string, prefix: string, n: number, department = 'Sales') =>
  Array.from({ length: n }, (_, i) => line(`${prefix}${i + 1}`, managerId, department));

describe('k-anonymity of manager figures (k = 5)', () => {
  it('hides a subtree of four people', () => {
    const lines = [line('m', null), ...team('m', 'r', 4)];
    expect(managerDisclosure('m', lines, 5).total).toEqual({ shown: false, reason: 'fewer_than_k' });
    expect(managerDisclosure('m', [...lines, line('r5', 'm')], 5).total).toEqual({ shown: true });
  });

  it('hides a manager whose subtree is a shown child subtree plus fewer than k people (manager minus child manager)', () => {
    // m → c, x; c → six people. m's figures minus c's would isolate c and x.
    const lines = [line('m', null), line('c', 'm'), line('x', 'm'), ...team('c', 'c', 6)];
    expect(managerDisclosure('c', lines, 5).total).toEqual({ shown: true });
    expect(managerDisclosure('m', lines, 5).total).toEqual({ shown: false, reason: 'differencing' });
    // With five more direct reports the remainder is seven people: both may be shown.
    const bigger = [...lines, ...team('m', 'y', 5)];
    expect(managerDisclosure('m', bigger, 5).total).toEqual({ shown: true });
  });

  it('hides a small department and, since total minus the rest would reveal it, the next-smallest one too', () => {
    const lines = [line('m', null), ...team('m', 's', 8, 'Sales'), ...team('m', 'f', 6, 'Finance'), ...team('m', 'l', 2, 'Legal')];
    const departments = Object.fromEntries(managerDisclosure('m', lines, 5).departments.map((d) => [d.department, d.disclosure]));
    expect(departments).toEqual({
      Legal: { shown: false, reason: 'fewer_than_k' },
      Finance: { shown: false, reason: 'complementary' },
      Sales: { shown: true },
    });
  });

  it('shows a subtree and its departments when each department holds at least k people', () => {
    const lines = [line('m', null), ...team('m', 's', 8, 'Sales'), ...team('m', 'f', 6, 'Finance')];
    const d = managerDisclosure('m', lines, 5);
    expect(d.total).toEqual({ shown: true });
    expect(d.departments.map((c) => c.disclosure)).toEqual([{ shown: true }, { shown: true }]);
  });

  it('hides every department of a hidden subtree', () => {
    const lines = [line('m', null), line('c', 'm'), line('x', 'm'), ...team('c', 'c', 6)];
    expect(managerDisclosure('m', lines, 5).departments.every((d) => !d.disclosure.shown)).toBe(true);
  });

  it('never lets two shown groups (any manager, any department) differ by 1 to k − 1 people, on any organisation', () => {
    const organisation = fc
      .array(fc.tuple(fc.nat(), fc.constantFrom('Sales', 'Finance', 'Legal')), { minLength: 5, maxLength: 45 })
      .map((rows) => rows.map(([boss, department], i): ReportingLine => line(`p${i}`, i === 0 ? null : `p${boss % i}`, department)));
    fc.assert(
      fc.property(organisation, fc.integer({ min: 3, max: 6 }), (lines, k) => {
        const published: Set<string>[] = [];
        for (const { personId } of lines) {
          if (reportingSubtree(personId, lines).length === 0) continue;
          const d = managerDisclosure(personId, lines, k);
          if (d.total.shown) published.push(new Set(d.members));
          for (const cell of d.departments) if (cell.disclosure.shown) published.push(new Set(cell.members));
          // A hidden part of a shown total cannot be isolated as total − shown parts.
          if (d.total.shown) {
            const hiddenPeople = d.departments.filter((c) => !c.disclosure.shown).reduce((n, c) => n + c.members.length, 0);
            expect(hiddenPeople === 0 || hiddenPeople >= k).toBe(true);
          }
        }
        for (const a of published) {
          expect(a.size).toBeGreaterThanOrEqual(k);
          for (const b of published) {
            if (a === b || a.size >= b.size || ![...a].every((p) => b.has(p))) continue;
            expect(b.size - a.size).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      { seed: 6, numRuns: 150 },
    );
  });
});
