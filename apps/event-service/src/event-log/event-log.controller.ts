import { Controller, Inject, Query } from '@nestjs/common';
import { routes } from '@rapport/contracts';
import type { StoredEvent } from '@rapport/event-store';
import { Endpoint } from '../http/endpoint.decorator';
import type { QueryOf } from '../http/route-contract.pipe';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/** Interaction notes are private to their author (SPEC §5): the log shows that one exists, not what it says. */
function withoutPrivateNotes(event: StoredEvent): StoredEvent {
  const data = event.data;
  if (data === null || typeof data !== 'object' || !('note' in data)) return event;
  return { ...event, data: { ...(data as Record<string, unknown>), note: '(private)' } };
}

@Controller()
export class EventLogController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** The admin's event log, a page at a time, oldest first after a position or newest first before one. */
  @Endpoint(routes.eventLog)
  async events(@Query() q: QueryOf<typeof routes.eventLog>) {
    const page = await this.runtime.store.readAll({
      afterPosition: q.after,
      ...(q.before !== undefined ? { beforePosition: q.before } : {}),
      order: q.order,
      ...(q.type !== undefined ? { types: [q.type] } : {}),
      ...(q.streamId !== undefined ? { streamId: q.streamId } : {}),
      limit: q.limit + 1,
    });
    const items = page.slice(0, q.limit).map(withoutPrivateNotes);
    const more = page.length > q.limit;
    const last = items.at(-1)?.globalPosition ?? null;
    return {
      items,
      nextAfter: more && q.order === 'asc' ? last : null,
      nextBefore: more && q.order === 'desc' ? last : null,
    };
  }
}
