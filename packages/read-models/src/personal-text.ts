import type { PersonalText, RapportEvent } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { BlindIndex } from '@rapport/personal-data';

/** Opens personal text for projections; an erased person's text opens as null. */
export interface PersonalTextOpener {
  open(value: PersonalText | undefined | null): string | null;
  /**
   * The form a read model keeps the text in: still sealed with its owner's key (opened
   * at query time by KeptPersonalText), never plaintext where a key exists; null when
   * the text can no longer be opened (its owner was erased).
   */
  keep(value: PersonalText | undefined | null): string | null;
}

/**
 * Reads what rm_people keeps of a person's name and e-mail (docs/privacy.md, "Personal
 * data at rest"): sealed values are opened with the owner's key, from a cache, and the
 * read models find people through keyed digests instead of plaintext.
 */
export interface KeptPersonalText {
  /** Each kept value opened, in order; null where it can no longer be (its owner was erased). */
  openAll(db: SqlExecutor, kept: ReadonlyArray<readonly [owner: string, kept: string]>): Promise<Array<string | null>>;
  /** Forgets what is cached for a person (on erasure). */
  forget(personId: string): void;
  /** The digest an e-mail address is found by. */
  emailIndex(email: string): Buffer;
  /** The digests a name is found by (prefixes of its words). */
  nameTokens(name: string): Buffer[];
  /** The digests a search word looks up, all of which a name must have. */
  searchTokens(word: string): Buffer[];
}

/** How projections reach personal data: the keys live in the same database, wrapped. */
export interface PersonalDataAccess {
  openerFor(tx: SqlExecutor, events: readonly RapportEvent[]): Promise<PersonalTextOpener>;
  readonly kept: KeptPersonalText;
}

/** Digests under a key everyone knows: only for plain text, where there is nothing to hide. */
const publicIndex = new BlindIndex(Buffer.alloc(32));

/**
 * Without keys only plain (version-1) text can be read, and it is kept as it is; sealed
 * text stays closed. Tests of projections that carry no keys use this.
 */
export const plainTextOnly: PersonalDataAccess = {
  openerFor: async () => {
    const open = (value: PersonalText | undefined | null) => (typeof value === 'string' ? value : null);
    return { open, keep: open };
  },
  kept: {
    openAll: async (_db, kept) => kept.map(([, value]) => value),
    forget: () => undefined,
    emailIndex: (email) => publicIndex.email(email),
    nameTokens: (name) => publicIndex.nameTokens(name),
    searchTokens: (word) => publicIndex.searchTokens(word),
  },
};

/** What an erased person is called in every read model, export and response. */
export const ERASED_PERSON_NAME = 'Erased person';
export const erasedEmail = (personId: string): string => `erased-${personId}@erased.invalid`;
