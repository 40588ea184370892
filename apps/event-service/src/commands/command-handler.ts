import { Inject } from '@nestjs/common';
import type { ExpectedVersion, IdempotentOutcome, UnitOfWork } from '@rapport/event-store';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import { appendDecided, decideOnStream, type Appended, type Decided, type StreamCommand } from './append-decided';
import type { CommandContext } from './command-context';
import { CommandRunner } from './command-runner';
import { PeopleToName } from './people-to-name';

/** What a command answers from what it appended: the appended stream, unless the command says more. */
export type Answer = (appended: Appended) => unknown;

const theAppended: Answer = (appended) => appended;

/** A command that decides without reading its stream: what it decides is appended at the version it expects. */
export interface AppendCommand {
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  /** Decides at the command's instant, asking what it needs in the command's unit of work. */
  decide(uow: UnitOfWork, now: number): Decided | Promise<Decided>;
}

/**
 * What every command handler stands on, so that a handler states only its own rule: the
 * runner its commands go through (one transaction each), the one port it asks about the
 * people a command names, and the runtime (its clock). They are injected by property,
 * Nest's way for a base class: a handler declares no constructor of its own.
 */
export abstract class CommandHandler {
  @Inject(CommandRunner) protected readonly commands!: CommandRunner;
  @Inject(PeopleToName) protected readonly people!: PeopleToName;
  @Inject(RUNTIME) protected readonly runtime!: Runtime;

  /**
   * A command on one stream, in its own transaction (decideOnStream: read the stream, decide,
   * append at the version read or the caller's), answered with `status` and what was appended.
   */
  protected decideOnStream(
    context: CommandContext,
    status: number,
    command: (uow: UnitOfWork) => StreamCommand,
    answer: Answer = theAppended,
  ): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const appended = await decideOnStream(uow, context, this.runtime.clock, command(uow));
      return { status, body: answer(appended) };
    });
  }

  /**
   * A command that decides without reading its stream, in its own transaction and at one
   * reading of the clock; what it decides is appended at the version it expects
   * (appendDecided), and it is answered with `status` and what was appended.
   */
  protected appendDecided(
    context: CommandContext,
    status: number,
    command: AppendCommand,
    answer: Answer = theAppended,
  ): Promise<IdempotentOutcome> {
    return this.commands.run(context, async (uow) => {
      const now = this.runtime.clock.now();
      const decided = await command.decide(uow, now);
      const { streamId, expectedVersion } = command;
      return { status, body: answer(await appendDecided(uow, context, now, { streamId, expectedVersion, decided })) };
    });
  }
}
