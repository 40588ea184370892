import type { SealedText } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { LRUCache } from 'lru-cache';
import type { BlindIndex } from './blind-index';
import { unseal } from './cipher';
import type { PersonKeys } from './person-keys';

/** Marks a kept value as sealed; no name or address a person types starts with it. */
const SEALED_MARK = '\u0001';

/** A sealed value as a read model keeps it: one text field, `\u0001keyId.iv.tag.data`. */
export const keptSealed = (sealed: SealedText): string => `${SEALED_MARK}${sealed.keyId}.${sealed.iv}.${sealed.tag}.${sealed.data}`;

/** The sealed value a kept one holds; null for plain text (an erased person's marker). */
export function sealedFromKept(kept: string): SealedText | null {
  if (!kept.startsWith(SEALED_MARK)) return null;
  const [keyId, iv, tag, data] = kept.slice(1).split('.');
  return keyId && iv !== undefined && tag !== undefined && data !== undefined ? { sealed: 'aes-256-gcm', keyId, iv, tag, data } : null;
}

/** How long a key or an opened value is remembered: another instance forgets an erased person's key within this. */
const REMEMBERED_MS = 5 * 60_000;

/**
 * Opens the names and e-mails the read models keep sealed, at query time. Data keys are
 * cached (unwrapping one costs a decryption and a parse) and so are opened values, by
 * their sealed form: a changed name is a new sealed value, and an erasure replaces it.
 * Both caches are bounded; entries expire after five minutes, so an instance that did
 * not handle an erasure stops opening that person's text within that time (the
 * projection replaces the text with the erased marker well before).
 */
export class KeptPersonalTextReader {
  private readonly keys = new LRUCache<string, { key: Buffer | null }>({ max: 200_000, ttl: REMEMBERED_MS });
  private readonly opened = new LRUCache<string, string>({ max: 200_000, ttl: REMEMBERED_MS });

  constructor(
    private readonly personKeys: PersonKeys,
    private readonly index: BlindIndex,
  ) {}

  async openAll(db: SqlExecutor, kept: ReadonlyArray<readonly [owner: string, kept: string]>): Promise<Array<string | null>> {
    const missing = new Set<string>();
    for (const [, value] of kept) {
      const sealed = this.opened.has(value) ? null : sealedFromKept(value);
      if (sealed && !this.keys.has(sealed.keyId)) missing.add(sealed.keyId);
    }
    if (missing.size > 0) {
      const found = await this.personKeys.find(db, [...missing]);
      for (const id of missing) this.keys.set(id, { key: found.get(id) ?? null });
    }
    return kept.map(([, value]) => this.open(value));
  }

  forget(personId: string): void {
    this.keys.delete(personId);
    const prefix = `${SEALED_MARK}${personId}.`;
    for (const value of [...this.opened.keys()]) if (value.startsWith(prefix)) this.opened.delete(value);
  }

  emailIndex = (email: string): Buffer => this.index.email(email);
  nameTokens = (name: string): Buffer[] => this.index.nameTokens(name);
  searchTokens = (word: string): Buffer[] => this.index.searchTokens(word);

  private open(value: string): string | null {
    const cached = this.opened.get(value);
    if (cached !== undefined) return cached;
    const sealed = sealedFromKept(value);
    if (!sealed) return value;
    const key = this.keys.get(sealed.keyId)?.key;
    if (!key) return null;
    try {
      const text = unseal(sealed, key);
      this.opened.set(value, text);
      return text;
    } catch {
      return null;
    }
  }
}
