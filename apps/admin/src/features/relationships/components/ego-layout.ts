import type { RelationshipView } from '@rapport/contracts';

export interface EgoNode {
  readonly id: string;
  readonly label: string;
  readonly department: string | null;
  readonly strength: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Places the person in the middle and each colleague on a ring: grouped by department
 * around the circle, stronger ties closer to the centre, so the picture reads at a glance.
 */
export function egoLayout(ties: readonly RelationshipView[], departmentOf: (personId: string) => string | null): EgoNode[] {
  const ordered = [...ties].sort((a, b) => {
    const byDepartment = (departmentOf(a.counterpartId) ?? '~').localeCompare(departmentOf(b.counterpartId) ?? '~');
    return byDepartment !== 0 ? byDepartment : b.strength - a.strength;
  });
  return ordered.map((tie, index) => {
    const angle = (2 * Math.PI * index) / Math.max(ordered.length, 1);
    const radius = 1.6 - Math.min(Math.max(tie.strength, 0), 100) / 100;
    return {
      id: tie.counterpartId,
      label: tie.counterpartName ?? 'Former colleague',
      department: departmentOf(tie.counterpartId),
      strength: tie.strength,
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
    };
  });
}
