import { createHmac, hkdfSync } from 'node:crypto';

/** Bytes kept of each digest: enough to tell people apart, short enough that a digest alone proves little. */
const EMAIL_DIGEST_BYTES = 16;
const TOKEN_DIGEST_BYTES = 8;

/** Name words are indexed by their prefixes up to this length; a longer search word is cut to it. */
export const MAX_NAME_PREFIX = 12;

/** Lower case, accents removed (é → e), so "José" is found by "jose". */
const folded = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a name: runs of letters and digits. */
export const nameWords = (name: string): string[] => folded(name).match(/[\p{L}\p{N}]+/gu) ?? [];

/** An address as two spellings of it must compare: trimmed, lower case. */
export const normalisedEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Keyed digests (HMAC-SHA-256) that let the read models find people by e-mail and by
 * the words of their names without keeping either in plaintext (docs/privacy.md,
 * "Personal data at rest"). The key is derived from the deployment's master key; a
 * digest is only comparable by someone who holds it.
 */
export class BlindIndex {
  private readonly key: Buffer;

  constructor(secret: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'rapport blind index v1', 32));
  }

  /** The digest of an e-mail address (normalised first). */
  email(address: string): Buffer {
    return this.digest(`email:${normalisedEmail(address)}`, EMAIL_DIGEST_BYTES);
  }

  /** The digests a name is found by: every prefix, up to MAX_NAME_PREFIX letters, of each of its words. */
  nameTokens(name: string): Buffer[] {
    const prefixes = new Set<string>();
    for (const word of nameWords(name)) {
      const letters = [...word];
      for (let n = 1; n <= Math.min(letters.length, MAX_NAME_PREFIX); n++) prefixes.add(letters.slice(0, n).join(''));
    }
    return [...prefixes].map((prefix) => this.token(prefix));
  }

  /**
   * The digests a search word looks up: one per word of it (each cut to MAX_NAME_PREFIX
   * letters), all of which a name must have; none for a word without a letter or digit.
   */
  searchTokens(word: string): Buffer[] {
    return nameWords(word).map((w) => this.token([...w].slice(0, MAX_NAME_PREFIX).join('')));
  }

  private token(prefix: string): Buffer {
    return this.digest(`name:${prefix}`, TOKEN_DIGEST_BYTES);
  }

  private digest(text: string, bytes: number): Buffer {
    return createHmac('sha256', this.key).update(text, 'utf8').digest().subarray(0, bytes);
  }
}
