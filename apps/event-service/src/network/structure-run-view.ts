import type { PersonStructure } from '@rapport/domain';
import type { StructureRunInfo } from '@rapport/read-models';

/** How a structural run is reported: which instant it describes and when it was computed. */
export const structureRunView = (run: StructureRunInfo) => ({
  asOf: new Date(run.asOf).toISOString(),
  computedAt: new Date(run.computedAt).toISOString(),
  durationMs: run.durationMs,
  trigger: run.trigger,
  people: run.people,
  activeTies: run.ties,
  thresholds: run.thresholds,
});

export const personStructureView = (s: PersonStructure) => ({ ...s, roles: [...s.roles] });
