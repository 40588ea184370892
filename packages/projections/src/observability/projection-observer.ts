import type { RapportEvent } from '@rapport/contracts';

/** What the projection handler reports as it works; metrics hang off it. */
export interface ProjectionObserver {
  projected(events: readonly RapportEvent[], newlyApplied: number): void;
  deadLettered(reason: string): void;
}

export const silentObserver: ProjectionObserver = { projected: () => {}, deadLettered: () => {} };
