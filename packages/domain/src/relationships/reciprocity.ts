/** R = 1 − |n_a − n_b| / (n_a + n_b), where n counts contributions each side initiated; 0 when none (SPEC §6.2). */
export function reciprocity(initiatedByA: number, initiatedByB: number): number {
  const total = initiatedByA + initiatedByB;
  return total === 0 ? 0 : 1 - Math.abs(initiatedByA - initiatedByB) / total;
}
