import type { z } from 'zod';
import { envSchema, workerEnvSchema, type RawWorkerEnv } from './env-schema';

export type AuthConfig =
  | {
      readonly mode: 'dev';
      readonly devSecret: string | undefined;
      readonly clockToleranceSeconds: number;
      readonly roleClaim: string;
      readonly personClaim: string;
    }
  | {
      readonly mode: 'oidc';
      readonly issuer: string;
      readonly audience: string;
      readonly jwksUrl: string;
      /** Least time between two fetches of the key set (an unknown key id triggers a refetch). */
      readonly jwksCooldownSeconds: number;
      readonly clockToleranceSeconds: number;
      readonly roleClaim: string;
      readonly personClaim: string;
      /** What the admin app needs to sign in by redirect (published at /v1/auth/config). */
      readonly signIn: OidcSignInConfig;
    };

/** The admin app's public sign-in settings: nothing secret, the browser receives them. */
export interface OidcSignInConfig {
  /** The admin app's public client id; absent, the admin app explains that sign-in is not set up. */
  readonly clientId: string | undefined;
  readonly scope: string;
  /** Resource indicator (RFC 8707) asked for, so the access token is issued for this API. */
  readonly resource: string | undefined;
}

export interface ServiceConfig {
  readonly http: {
    readonly port: number;
    readonly host: string;
    readonly rateLimitPerMinute: number;
    readonly corsOrigins: readonly string[];
  };
  readonly storage:
    { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number } | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly dataDir: string;
  readonly transport:
    | {
        readonly kind: 'kafka';
        readonly brokers: readonly string[];
        readonly clientId: string;
        readonly partitions: number;
        readonly topicPrefix: string;
        readonly sessionTimeoutMs: number;
        readonly partitionsAtOnce: number;
        readonly fetchBytesPerPartition: number;
      }
    | { readonly kind: 'in-process' };
  readonly projectionGroupId: string;
  /** The address the process listens on (HOST): the API's, or the worker's /metrics and /health. */
  readonly host: string;
  readonly workerHttpPort: number;
  /** Interval of the structural job (network structure of the whole organisation). */
  readonly structureIntervalMs: number;
  readonly structureOnDemandMaxPeople: number;
  readonly auth: AuthConfig;
  /** Base64 master key wrapping the per-person data keys (absent: the embedded default keeps one in dataDir). */
  readonly masterKey: string | undefined;
  /** Seed the demo organisation into an empty store (embedded default only, unless asked). */
  readonly seedDemo: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Smallest group a manager figure may be computed over (SPEC §2). */
  readonly kAnonymity: number;
}

/** What a separate projection worker needs: the service's configuration without the HTTP API and sign-in. */
export type WorkerConfig = Pick<
  ServiceConfig,
  | 'storage'
  | 'dataDir'
  | 'transport'
  | 'projectionGroupId'
  | 'host'
  | 'workerHttpPort'
  | 'structureIntervalMs'
  | 'structureOnDemandMaxPeople'
  | 'masterKey'
  | 'logLevel'
  | 'kAnonymity'
>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment with `schema`; a missing or bad variable stops start-up with one readable list. */
function parseEnv<S extends z.ZodType>(schema: S, env: Readonly<Record<string, string | undefined>>): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  return parsed.data;
}

/** The parts a worker and the service share: storage, transport, projections. */
function workerParts(e: RawWorkerEnv): WorkerConfig {
  return {
    storage: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: e.RAPPORT_DATA_DIR },
    dataDir: e.RAPPORT_DATA_DIR,
    transport: e.KAFKA_BROKERS
      ? {
          kind: 'kafka',
          brokers: e.KAFKA_BROKERS.split(','),
          clientId: e.KAFKA_CLIENT_ID,
          partitions: e.KAFKA_PARTITIONS,
          topicPrefix: e.KAFKA_TOPIC_PREFIX,
          sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
          partitionsAtOnce: e.KAFKA_PARTITIONS_AT_ONCE,
          fetchBytesPerPartition: e.KAFKA_FETCH_BYTES_PER_PARTITION,
        }
      : { kind: 'in-process' },
    projectionGroupId: e.PROJECTION_GROUP_ID,
    host: e.HOST,
    workerHttpPort: e.WORKER_HTTP_PORT,
    structureIntervalMs: e.STRUCTURE_INTERVAL_SECONDS * 1000,
    structureOnDemandMaxPeople: e.STRUCTURE_ON_DEMAND_MAX_PEOPLE,
    masterKey: e.RAPPORT_MASTER_KEY,
    logLevel: e.LOG_LEVEL,
    kAnonymity: e.K_ANONYMITY,
  };
}

/** A separate projection worker's configuration: no AUTH_* or HTTP settings asked for, none needed. */
export function loadWorkerConfig(env: Readonly<Record<string, string | undefined>>): WorkerConfig {
  return workerParts(parseEnv(workerEnvSchema, env));
}

/** The event-service's configuration (HTTP API, sign-in, relay, and the worker when embedded). */
export function loadServiceConfig(env: Readonly<Record<string, string | undefined>>): ServiceConfig {
  const e = parseEnv(envSchema, env);
  const authMode = e.AUTH_MODE ?? (e.DATABASE_URL ? 'oidc' : 'dev');
  return {
    ...workerParts(e),
    http: {
      port: e.PORT,
      host: e.HOST,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',') : [],
    },
    auth:
      authMode === 'dev'
        ? {
            mode: 'dev',
            devSecret: e.AUTH_DEV_SECRET,
            clockToleranceSeconds: e.AUTH_CLOCK_TOLERANCE_SECONDS,
            roleClaim: e.AUTH_ROLE_CLAIM,
            personClaim: e.AUTH_PERSON_CLAIM,
          }
        : {
            mode: 'oidc',
            issuer: e.AUTH_ISSUER!,
            audience: e.AUTH_AUDIENCE!,
            jwksUrl: e.AUTH_JWKS_URL!,
            jwksCooldownSeconds: e.AUTH_JWKS_COOLDOWN_SECONDS,
            clockToleranceSeconds: e.AUTH_CLOCK_TOLERANCE_SECONDS,
            roleClaim: e.AUTH_ROLE_CLAIM,
            personClaim: e.AUTH_PERSON_CLAIM,
            signIn: { clientId: e.AUTH_CLIENT_ID, scope: e.AUTH_SCOPE, resource: e.AUTH_RESOURCE },
          },
    seedDemo: e.RAPPORT_SEED_DEMO ?? !e.DATABASE_URL,
  };
}
