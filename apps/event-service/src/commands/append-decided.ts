import { toLatest, type RapportEvent } from '@rapport/contracts';
import type { AnyDecidedEvent } from '@rapport/domain';
import type { ExpectedVersion, UnitOfWork } from '@rapport/event-store';
import type { Clock } from '../runtime';
import type { CommandContext } from './command-context';
import { appended } from './appended';
import { newEvent } from './new-event';

/** What a decider answers: one event to record, several, or none. */
export type Decided = AnyDecidedEvent | readonly AnyDecidedEvent[];

/** What a command answers about the stream it appended to: the stream, its version, the events recorded. */
export type Appended = ReturnType<typeof appended>;

const eventsOf = (decided: Decided): readonly AnyDecidedEvent[] => ('type' in decided ? [decided] : decided);

/**
 * Appends what was decided to one stream at the expected version, each event dated at the
 * command's instant unless its decider dated it, and answers what `appended` says.
 */
export async function appendDecided(
  uow: UnitOfWork,
  context: CommandContext,
  now: number,
  append: { readonly streamId: string; readonly expectedVersion: ExpectedVersion; readonly decided: Decided },
): Promise<Appended> {
  const at = new Date(now).toISOString();
  const events = eventsOf(append.decided).map((decision) => newEvent(decision, at, context));
  const [result] = await uow.append([{ streamId: append.streamId, expectedVersion: append.expectedVersion, events }]);
  return appended(append.streamId, result);
}

/** A command on one stream: how it decides from the stream's history, and the version it expects. */
export interface StreamCommand {
  readonly streamId: string;
  /** Decides from the stream's events as read (in their latest versions) at the command's instant. */
  decide(history: RapportEvent[], now: number): Decided | Promise<Decided>;
  /** The version the caller last saw (a stale one is a 409); left out, the version read. */
  readonly expectedVersion?: number | undefined;
}

/**
 * The one command path on a stream: reads it, reads the clock once, decides with the
 * domain and appends what was decided at the version read (or the caller's), so a
 * change in between is a 409. Deciding nothing records nothing and answers the stream as read.
 */
export async function decideOnStream(uow: UnitOfWork, context: CommandContext, clock: Clock, command: StreamCommand): Promise<Appended> {
  const { streamId } = command;
  const stored = await uow.readStream(streamId);
  const versionRead = stored.at(-1)?.streamVersion ?? 0;
  const now = clock.now();
  const decided = await command.decide(stored.map(toLatest), now);
  if (eventsOf(decided).length === 0) return { streamId, streamVersion: versionRead, eventIds: [] };
  return appendDecided(uow, context, now, { streamId, expectedVersion: command.expectedVersion ?? versionRead, decided });
}
