import { LRUCache } from 'lru-cache';

/** How long this process trusts that a person is not erased before looking again. */
export const NOT_ERASED_FOR_MS = 2_000;

/**
 * Whether the person a token names has been erased: a token issued before the erasure
 * must not read or write anything any more. Erasure is recorded in the same transaction
 * that destroys the person's key, so the answer is looked up in the store, not in the
 * read models (which follow later); "not erased" is remembered for at most
 * NOT_ERASED_FOR_MS per person, "erased" for good.
 */
export class ErasedSubjects {
  private readonly erased = new LRUCache<string, true>({ max: 100_000 });
  private readonly notErased = new LRUCache<string, false>({ max: 10_000, ttl: NOT_ERASED_FOR_MS });

  constructor(private readonly lookUp: (personId: string) => Promise<boolean>) {}

  async isErased(personId: string): Promise<boolean> {
    if (this.erased.has(personId)) return true;
    if (this.notErased.has(personId)) return false;
    const erased = await this.lookUp(personId);
    if (erased) this.erased.set(personId, true);
    else this.notErased.set(personId, false);
    return erased;
  }
}
