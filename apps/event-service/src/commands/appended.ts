import type { AppendResult, StreamAppend, UnitOfWork } from '@rapport/event-store';

/** What a command answers about the stream it appended to: the stream, its new version, the events recorded. */
export const appended = (streamId: string, result: AppendResult | undefined) => ({
  streamId,
  streamVersion: result!.nextExpectedVersion,
  eventIds: result!.events.map((e) => e.eventId),
});

/** Appends to one stream and answers what `appended` says about it. */
export async function appendToStream(uow: UnitOfWork, append: StreamAppend) {
  const [result] = await uow.append([append]);
  return appended(append.streamId, result);
}
