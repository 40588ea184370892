import { isSealed, type SealedText } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { unseal } from './cipher';
import { keptSealed } from './kept-text';
import type { PersonKeys } from './person-keys';

/** What an erased person's data reads as. */
export const ERASED = null;

/**
 * Opens sealed values for the people whose keys still exist. A value sealed with a
 * destroyed key opens as null: the data is gone, the rest of the event still counts.
 */
export class Unsealer {
  private constructor(private readonly keys: ReadonlyMap<string, Buffer>) {}

  /** Loads the keys of every person whose data appears in `values`, in one query. */
  static async for(db: SqlExecutor, personKeys: PersonKeys, values: readonly unknown[]): Promise<Unsealer> {
    const ids = new Set<string>();
    const visit = (value: unknown): void => {
      if (isSealed(value)) ids.add(value.keyId);
      else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') Object.values(value).forEach(visit);
    };
    values.forEach(visit);
    return new Unsealer(await personKeys.find(db, [...ids]));
  }

  /**
   * The form a read model keeps a value in: sealed text stays sealed (keptSealed); null
   * when it can no longer be opened. Plain text (events recorded before sealing) stays
   * plain: its owner may have no key.
   */
  keep(value: SealedText | string | undefined | null): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    return this.open(value) === null ? null : keptSealed(value);
  }

  open(value: SealedText | string | undefined | null): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    const key = this.keys.get(value.keyId);
    if (!key) return ERASED;
    try {
      return unseal(value, key);
    } catch {
      return ERASED;
    }
  }
}
