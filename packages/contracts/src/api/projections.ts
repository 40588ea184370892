import { z } from 'zod';
import { instant } from '../envelope';

export const rebuildStates = ['requested', 'running', 'switched', 'failed'] as const;

export const rebuildView = z.object({
  rebuildId: z.uuid().toLowerCase(),
  state: z.enum(rebuildStates),
  reason: z.string(),
  projectionVersion: z.number().int(),
  processed: z.number().int(),
  total: z.number().int(),
  percent: z.number().min(0).max(100),
  requestedAt: instant,
  startedAt: instant.nullable(),
  finishedAt: instant.nullable(),
  error: z.string().nullable(),
});
export type RebuildView = z.infer<typeof rebuildView>;

export const rebuildRequest = z.strictObject({ reason: z.string().trim().min(1).max(200).optional() });

export const projectionStatusResponse = z.object({
  liveVersion: z.number().int(),
  codeVersion: z.number().int(),
  lag: z.object({
    outboxPending: z.number().int(),
    consumerLag: z.number().int().nullable(),
    eventsInStore: z.number().int(),
    eventsProjected: z.number().int(),
  }),
  lastProjected: z.object({ eventId: z.uuid().toLowerCase(), globalPosition: z.string(), projectedAt: instant }).nullable(),
  rebuild: rebuildView.nullable(),
});
export type ProjectionStatusResponse = z.infer<typeof projectionStatusResponse>;
export type ProjectionLag = ProjectionStatusResponse['lag'];

/**
 * Whether every stored event has been relayed and projected: nothing waits in the outbox
 * and the projected events are as many as the stored ones. Not the furthest projected
 * position: partitions are projected side by side, one ahead of another.
 */
export const everyEventProjected = (lag: ProjectionLag): boolean => lag.outboxPending === 0 && lag.eventsProjected >= lag.eventsInStore;
