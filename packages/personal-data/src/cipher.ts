import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedText } from '@rapport/contracts';

const ALGORITHM = 'aes-256-gcm';

/** Encrypts text with a person's 32-byte data key; the key id is bound in as authenticated data. */
export function seal(plaintext: string, key: Buffer, keyId: string): SealedText {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    sealed: ALGORITHM,
    keyId,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** Decrypts with the person's key; throws when the key or the ciphertext is not the one it was sealed with. */
export function unseal(sealed: SealedText, key: Buffer): string {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(sealed.keyId, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
}

/** Wraps a data key with the deployment's master key, so a database copy alone reads nothing. */
export function wrapKey(dataKey: Buffer, masterKey: Buffer, keyId: string): Buffer {
  const sealed = seal(dataKey.toString('base64'), masterKey, keyId);
  return Buffer.from(JSON.stringify(sealed), 'utf8');
}

export function unwrapKey(wrapped: Buffer, masterKey: Buffer): Buffer {
  return Buffer.from(unseal(JSON.parse(wrapped.toString('utf8')) as SealedText, masterKey), 'base64');
}
