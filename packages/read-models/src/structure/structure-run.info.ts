import type { RoleThresholds } from '@rapport/domain';

/** A structural run as the read models describe it, and how a stored row becomes one. */
export type StructureTrigger = 'schedule' | 'on_demand';

export interface StructureRunInfo {
  readonly runId: string;
  readonly asOf: number;
  readonly computedAt: number;
  readonly durationMs: number;
  readonly trigger: StructureTrigger;
  readonly eventsThrough: string;
  readonly people: number;
  readonly ties: number;
  readonly thresholds: RoleThresholds;
}

export interface RunRow extends Record<string, unknown> {
  run_id: string | number;
  as_of: Date | string;
  computed_at: Date | string;
  duration_ms: number;
  trigger: StructureTrigger;
  events_through: string | number;
  people: number;
  ties: number;
  thresholds: RoleThresholds | string;
}

export const runColumns = 'run_id, as_of, computed_at, duration_ms, trigger, events_through, people, ties, thresholds';

export const toRunInfo = (r: RunRow): StructureRunInfo => ({
  runId: String(r.run_id),
  asOf: new Date(r.as_of).getTime(),
  computedAt: new Date(r.computed_at).getTime(),
  durationMs: Number(r.duration_ms),
  trigger: r.trigger,
  eventsThrough: String(r.events_through),
  people: Number(r.people),
  ties: Number(r.ties),
  thresholds: typeof r.thresholds === 'string' ? (JSON.parse(r.thresholds) as RoleThresholds) : r.thresholds,
});
