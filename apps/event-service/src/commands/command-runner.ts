import { Inject, Injectable } from '@nestjs/common';
import type { IdempotentOutcome, RememberedResponse, UnitOfWork } from '@rapport/event-store';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';
import type { CommandContext } from './command-context';
import { sealingUnitOfWork } from './seal-personal-data';

/**
 * Runs a command's decide-and-append step in one store transaction; with an
 * Idempotency-Key the response is remembered and a retry gets it back verbatim.
 */
@Injectable()
export class CommandRunner {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  async run(context: CommandContext, command: (uow: UnitOfWork) => Promise<RememberedResponse>): Promise<IdempotentOutcome> {
    // Every command's appends are sealed: personal text never reaches the store in clear.
    const fn = (uow: UnitOfWork) => command(sealingUnitOfWork(uow, this.runtime.personalData));
    if (!context.idempotency) {
      const response = await this.runtime.store.unitOfWork(fn);
      return { ...response, replayed: false };
    }
    return this.runtime.store.idempotent(
      { scope: context.principal.subject, key: context.idempotency.key, requestHash: context.idempotency.requestHash },
      fn,
    );
  }
}
