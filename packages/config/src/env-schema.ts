import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

/** Where the data lives: PostgreSQL, or the embedded engine (PGlite) in RAPPORT_DATA_DIR. */
const storageEnv = {
  /** PostgreSQL; when absent the embedded engine (PGlite) keeps data in RAPPORT_DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  RAPPORT_DATA_DIR: z.string().min(1).default('.rapport'),
  /**
   * Base64 of 32 random bytes: wraps every person's data key. Required with DATABASE_URL;
   * the embedded default keeps one in RAPPORT_DATA_DIR.
   */
  RAPPORT_MASTER_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(v),
      'expected base64 of exactly 32 bytes (openssl rand -base64 32)',
    )
    .optional(),
};

/** How events travel: Kafka, or in-process when KAFKA_BROKERS is absent. */
const transportEnv = {
  /** Comma-separated host:port list; when absent events travel in-process. */
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'expected host:port[,host:port…]')
    .optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('rapport'),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
  /** How long the group waits for a silent member (a crashed worker) before handing its partitions over. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6000).max(300_000).default(10_000),
  /** How many of its partitions one worker projects at once (each batch commits on its own). */
  KAFKA_PARTITIONS_AT_ONCE: z.coerce.number().int().min(1).max(100).default(3),
  /** The most a worker fetches from one partition at a time, in bytes: the size of its largest batch (kafkajs's default is 1 MiB). */
  KAFKA_FETCH_BYTES_PER_PARTITION: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(64 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  KAFKA_TOPIC_PREFIX: z.string().default(''),
};

/** The projections: the consumer group, the worker's own endpoints, the structural job. */
const projectionEnv = {
  /** The address the process listens on (the API, or the worker's /metrics and /health). */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port of the worker's /metrics and /health endpoints. */
  WORKER_HTTP_PORT: port.default(3001),
  PROJECTION_GROUP_ID: z.string().min(1).default('rapport-projections'),
  /** Above this many people a query reads the nearest stored structural run instead of computing one. */
  STRUCTURE_ON_DEMAND_MAX_PEOPLE: z.coerce.number().int().min(0).max(1_000_000).default(2000),
  /** How often the worker's structural job recomputes the organisation's network structure (SPEC §6.3). */
  STRUCTURE_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Manager analytics show no figure over fewer than k people (SPEC §2); never below 3. */
  K_ANONYMITY: z.coerce.number().int().min(3, 'k-anonymity is never below 3').max(1000).default(5),
};

/** The HTTP API and who may call it: the event-service only. */
const apiEnv = {
  PORT: port.default(3000),
  AUTH_MODE: z.enum(['dev', 'oidc']).optional(),
  AUTH_DEV_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_JWKS_COOLDOWN_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  /** The admin app's public client at the provider (sign-in by redirect with PKCE); without it the admin cannot sign in. */
  AUTH_CLIENT_ID: z.string().min(1).optional(),
  /** Scopes the admin app asks for when it signs in. */
  AUTH_SCOPE: z
    .string()
    .regex(/^\S+( \S+)*$/, 'expected space-separated scopes')
    .default('openid profile'),
  /** Resource indicator (RFC 8707) the admin app names so the provider issues an access token for this API. */
  AUTH_RESOURCE: z.url().optional(),
  /** A claim name or a dotted path (e.g. realm_access.roles); a list picks the most privileged Rapport role. */
  AUTH_ROLE_CLAIM: z.string().min(1).default('rapport_role'),
  AUTH_PERSON_CLAIM: z.string().min(1).default('rapport_person_id'),
  RAPPORT_SEED_DEMO: flag.optional(),
  /** Requests per minute per token (per address without one); 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  /** Browser origins allowed to call the API cross-origin (comma-separated); none by default. */
  CORS_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, 'expected origin[,origin…] such as https://admin.example.com')
    .optional(),
};

const masterKeyWithPostgres = (
  env: { DATABASE_URL?: string | undefined; RAPPORT_MASTER_KEY?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if (env.DATABASE_URL && !env.RAPPORT_MASTER_KEY) {
    ctx.addIssue({ code: 'custom', path: ['RAPPORT_MASTER_KEY'], message: 'required with DATABASE_URL (openssl rand -base64 32)' });
  }
};

/** Every environment variable the event-service reads (it runs the relay and, embedded, the worker too), with its default. Parsed once, at start-up. */
export const envSchema = z.object({ ...storageEnv, ...transportEnv, ...projectionEnv, ...apiEnv }).superRefine((env, ctx) => {
  masterKeyWithPostgres(env, ctx);
  const mode = env.AUTH_MODE ?? (env.DATABASE_URL ? 'oidc' : 'dev');
  if (mode === 'oidc') {
    for (const key of ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when AUTH_MODE=oidc' });
    }
  }
});

/** What a separate projection worker reads: storage, transport and projections; no HTTP API, no sign-in. */
export const workerEnvSchema = z.object({ ...storageEnv, ...transportEnv, ...projectionEnv }).superRefine(masterKeyWithPostgres);

export type RawEnv = z.infer<typeof envSchema>;
export type RawWorkerEnv = z.infer<typeof workerEnvSchema>;
