import type { AppendResult } from '@rapport/event-store';

/** What a command answers about the stream it appended to: the stream, its new version, the events recorded. */
export const appended = (streamId: string, result: AppendResult | undefined) => ({
  streamId,
  streamVersion: result!.nextExpectedVersion,
  eventIds: result!.events.map((e) => e.eventId),
});
