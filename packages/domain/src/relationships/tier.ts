/** Tiers of relationship strength (SPEC §6.2); below 10 a tie is not active. */
export type Tier = 'core' | 'strong' | 'developing' | 'weak' | 'inactive';

export const tierThresholds = { core: 80, strong: 60, developing: 30, weak: 10 } as const;

export function tierOf(strength: number): Tier {
  if (strength >= tierThresholds.core) return 'core';
  if (strength >= tierThresholds.strong) return 'strong';
  if (strength >= tierThresholds.developing) return 'developing';
  if (strength >= tierThresholds.weak) return 'weak';
  return 'inactive';
}

export const isActiveTie = (strength: number): boolean => strength >= tierThresholds.weak;
