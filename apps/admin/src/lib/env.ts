import { z } from 'zod';

/** Build-time settings (Vite exposes `VITE_*` variables); parsed once, at load. */
const envSchema = z.object({
  /** Where the API lives; empty means the same origin (the event-service serves this app). */
  VITE_API_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
});

export type AdminEnv = z.infer<typeof envSchema>;

export function parseEnv(raw: Record<string, unknown>): AdminEnv {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid admin configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env = parseEnv(import.meta.env);
