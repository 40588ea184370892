import { z } from 'zod';

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(20_000);

/**
 * Personal data inside an event (a name, an email, a private note), encrypted with the
 * data key of the person it belongs to (AES-256-GCM). Erasing the person destroys the
 * key; every copy of the event — store, Kafka, backups — becomes unreadable noise.
 */
export const sealedText = z.object({
  sealed: z.literal('aes-256-gcm'),
  /** The person whose key sealed it. */
  keyId: z.uuid().toLowerCase(),
  iv: base64,
  tag: base64,
  data: base64,
});
export type SealedText = z.infer<typeof sealedText>;

export const isSealed = (value: unknown): value is SealedText => sealedText.safeParse(value).success;
