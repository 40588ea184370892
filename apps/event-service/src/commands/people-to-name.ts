import { Inject, Injectable } from '@nestjs/common';
import { personStream } from '@rapport/contracts';
import type { UnitOfWork } from '@rapport/event-store';
import { RUNTIME } from '../tokens';
import type { Runtime } from '../runtime';

/** Who among some people is registered, read in a command's unit of work. */
export type RegisteredLookup = (uow: UnitOfWork, personIds: readonly string[]) => Promise<Iterable<string>>;

/**
 * The one port every command handler asks about the people a command names, in the
 * command's own transaction: who is registered (their person stream exists), and who
 * may be named — registered and not erased: an erased person is no longer someone to
 * record anything with, target or enrol.
 */
@Injectable()
export class PeopleToName {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** Who among `personIds` is registered, erased or not (a person stream is never deleted). */
  async registeredAmong(uow: UnitOfWork, personIds: readonly string[]): Promise<Set<string>> {
    const versions = await uow.streamVersions(personIds.map(personStream));
    return new Set(personIds.filter((id) => (versions.get(personStream(id)) ?? 0) > 0));
  }

  /**
   * Who among `personIds` a command may name: registered and not erased. `registeredAmong`
   * may answer registration from a cache (registration is never undone); erasure is read
   * every time.
   */
  async registeredAndNotErased(
    uow: UnitOfWork,
    personIds: readonly string[],
    registeredAmong: RegisteredLookup = (work, ids) => this.registeredAmong(work, ids),
  ): Promise<Set<string>> {
    const registered = new Set(await registeredAmong(uow, personIds));
    const erased = await this.runtime.personalData.keys.erasedAmong(uow.tx, personIds);
    return new Set(personIds.filter((id) => registered.has(id) && !erased.has(id)));
  }

  /** Whether a command may name this one person: registered and not erased. */
  async mayName(uow: UnitOfWork, personId: string): Promise<boolean> {
    return (await this.registeredAndNotErased(uow, [personId])).has(personId);
  }
}
