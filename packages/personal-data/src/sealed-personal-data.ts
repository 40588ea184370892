import type { SealedText } from '@rapport/contracts';
import { BlindIndex } from './blind-index';
import { KeptPersonalTextReader } from './kept-text';
import type { SqlExecutor } from '@rapport/event-store';
import { seal } from './cipher';
import { PersonKeys } from './person-keys';
import { Unsealer } from './unsealer';

/**
 * Personal data as the rest of Rapport sees it: writers seal text for a person inside
 * their transaction; projections open what they need with the keys that still exist.
 */
export class SealedPersonalData {
  /** The read side: names and e-mails kept sealed in the read models, opened through a key cache. */
  readonly kept: KeptPersonalTextReader;

  constructor(
    readonly keys: PersonKeys,
    index: BlindIndex,
  ) {
    this.kept = new KeptPersonalTextReader(keys, index);
  }

  /** Keys wrapped with, and digests keyed from, the deployment's master key (32 bytes). */
  static withMasterKey(masterKey: Buffer): SealedPersonalData {
    return new SealedPersonalData(new PersonKeys(masterKey), new BlindIndex(masterKey));
  }

  /**
   * Seals each text with the key of the person it belongs to. Every owner's key is made
   * sure of (created when missing; an erased owner is refused); only the keys of `sealing`
   * (default: every owner) are read, for the owners whose text is actually sealed.
   */
  async sealer(
    tx: SqlExecutor,
    owners: readonly string[],
    sealing: readonly string[] = owners,
  ): Promise<(owner: string, text: string) => SealedText> {
    const keyOf = await this.keys.prepare(tx, owners, sealing);
    return (owner, text) => {
      const key = keyOf(owner);
      if (!key) throw new Error(`no data key was prepared for ${owner}`);
      return seal(text, key, owner);
    };
  }

  /** For projections: opens the personal text found in these events' data. */
  async openerFor(tx: SqlExecutor, events: readonly { readonly data: unknown }[]): Promise<Unsealer> {
    return Unsealer.for(
      tx,
      this.keys,
      events.map((e) => e.data),
    );
  }

  /** Crypto-shredding, in the caller's transaction; this process forgets the key at once. */
  async destroy(tx: SqlExecutor, personId: string): Promise<void> {
    await this.keys.destroy(tx, personId);
    this.kept.forget(personId);
  }
}
