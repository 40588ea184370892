import { describeProblem, RapportClient } from './api-client';

export interface ConnectionOptions {
  readonly url?: string;
  readonly token?: string;
}

export const DEFAULT_URL = 'http://127.0.0.1:3000';

/** The server's URL: the flag, else RAPPORT_URL, else the embedded default on this machine at PORT (as `pnpm start` reads it), else port 3000. */
export function serverUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.RAPPORT_URL ?? (env.PORT ? `http://127.0.0.1:${env.PORT}` : DEFAULT_URL);
}

/**
 * The URL and token come from the flags, else RAPPORT_URL (or PORT) and RAPPORT_TOKEN. Without a token,
 * the embedded default (AUTH_MODE=dev) signs the CLI in as an admin; any other server refuses.
 */
export async function connect(options: ConnectionOptions, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<RapportClient> {
  const url = serverUrl(options.url, env);
  const token = options.token ?? env.RAPPORT_TOKEN;
  const client = new RapportClient(url, token ?? null);
  if (token) return client;
  const signIn = await client.request<{ token: string }>('POST', '/v1/auth/dev-token', { body: { role: 'admin' } });
  if (signIn.status !== 201) {
    throw new Error(`no token given (--token or RAPPORT_TOKEN) and dev sign-in is not available: ${describeProblem(signIn)}`);
  }
  log(`signed in as a dev admin at ${url} (no token given)`);
  return client.withToken(signIn.body.token);
}

/** Which API paths the server offers, from its OpenAPI document: lets a command say "not supported yet". */
export async function supportedPaths(client: RapportClient): Promise<Set<string>> {
  const response = await client.request<{ paths?: Record<string, Record<string, unknown>> }>('GET', '/docs/openapi.json');
  if (response.status !== 200 || !response.body?.paths) return new Set();
  return new Set(
    Object.entries(response.body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)),
  );
}
