import { personStream } from '@rapport/contracts';
import type { UnitOfWork } from '@rapport/event-store';
import type { PersonKeys } from '@rapport/personal-data';

/**
 * Which of `personIds` a command may name: registered (their person stream exists) and
 * not erased — an erased person is no longer someone to record anything with or enrol.
 * Read in the command's own transaction.
 */
export async function registeredAndNotErased(uow: UnitOfWork, keys: Pick<PersonKeys, 'erasedAmong'>, personIds: readonly string[]): Promise<Set<string>> {
  const versions = await uow.streamVersions(personIds.map(personStream));
  const erased = await keys.erasedAmong(uow.tx, personIds);
  return new Set(personIds.filter((id) => (versions.get(personStream(id)) ?? 0) > 0 && !erased.has(id)));
}
