import { personStream } from '@rapport/contracts';
import type { UnitOfWork } from '@rapport/event-store';
import type { PersonKeys } from '@rapport/personal-data';

/**
 * Which of `personIds` a command may name: registered (their person stream exists) and
 * not erased — an erased person is no longer someone to record anything with or enrol.
 * Read in the command's own transaction; `registeredAmong` may answer registration from a
 * cache (registration is never undone), never erasure.
 */
export async function registeredAndNotErased(
  uow: UnitOfWork,
  keys: Pick<PersonKeys, 'erasedAmong'>,
  personIds: readonly string[],
  registeredAmong: (uow: UnitOfWork, personIds: readonly string[]) => Promise<Iterable<string>> = registeredByStream,
): Promise<Set<string>> {
  const registered = new Set(await registeredAmong(uow, personIds));
  // Erasure is checked every time, whatever `registeredAmong` remembers.
  const erased = await keys.erasedAmong(uow.tx, personIds);
  return new Set(personIds.filter((id) => registered.has(id) && !erased.has(id)));
}

/** Who among these people is registered: their person stream exists. */
async function registeredByStream(uow: UnitOfWork, personIds: readonly string[]): Promise<string[]> {
  const versions = await uow.streamVersions(personIds.map(personStream));
  return personIds.filter((id) => (versions.get(personStream(id)) ?? 0) > 0);
}
