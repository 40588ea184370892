import { personStream } from '@rapport/contracts';
import type { UnitOfWork } from '@rapport/event-store';

/**
 * Remembers who is registered, so a batch of interactions looks up only the people
 * this process has not confirmed yet instead of a thousand person streams every time.
 *
 * Correct because being registered never ends: a person stream is never deleted
 * (an erased person keeps theirs), so a person seen with a stream stays one. Erasure is
 * what does change, and it is not remembered here: callers check it on every request.
 * A person registered through another instance is simply not remembered yet and is
 * looked up. Only what a committed transaction confirmed is remembered (`remember`
 * runs after commit), so a rolled-back registration can never be taken for one.
 */
export class RegisteredPeople {
  private readonly confirmed = new Set<string>();

  /** Beyond this many people the memory starts over (a few MiB of ids). */
  constructor(private readonly capacity = 200_000) {}

  /** Which of `personIds` are registered: remembered ones, and the rest looked up in `uow`. */
  async among(uow: UnitOfWork, personIds: readonly string[]): Promise<Set<string>> {
    const registered = new Set(personIds.filter((id) => this.confirmed.has(id)));
    const unconfirmed = personIds.filter((id) => !registered.has(id));
    if (unconfirmed.length > 0) {
      const versions = await uow.streamVersions(unconfirmed.map(personStream));
      for (const id of unconfirmed) if ((versions.get(personStream(id)) ?? 0) > 0) registered.add(id);
    }
    return registered;
  }

  /** Records people a committed transaction found registered. */
  remember(personIds: Iterable<string>): void {
    for (const id of personIds) {
      if (this.confirmed.size >= this.capacity) this.confirmed.clear();
      this.confirmed.add(id);
    }
  }
}
