import { problemDocument, type RouteContract } from '@rapport/contracts';
import type { z } from 'zod';
import { ApiProblem, clientProblemTypes } from './api-problem';
import { env } from './env';
import { readSession } from './session';

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path with `{name}` placeholders filled from `params`, e.g. `/v1/people/{id}`. */
  readonly path: string;
  readonly params?: Record<string, string>;
  readonly query?: Record<string, string | number | undefined>;
  readonly body?: unknown;
  /** Overrides the signed-in user's token (dev sign-in lists demo users before anyone is signed in). */
  readonly token?: string;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
}

/** A route of the API contract (`routes.…`), as the admin calls it: its method, its path and the schema of its answer. */
export interface ApiRoute<T> {
  readonly method: RouteContract['method'];
  readonly path: string;
  readonly success: { readonly schema: z.ZodType<T> };
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called when the API says the token is missing or expired, so the app can sign out. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function buildUrl(request: Pick<ApiRequest, 'path' | 'params' | 'query'>): string {
  const path = request.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${request.path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return `${env.VITE_API_BASE_URL}${path}${query ? `?${query}` : ''}`;
}

/**
 * The one way the admin talks to the API: adds the bearer token, sends JSON, turns
 * problem+json into an `ApiProblem`, and checks the answer against its contract schema.
 */
export async function apiRequest<T>(schema: z.ZodType<T>, request: ApiRequest): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = request.token ?? readSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.idempotencyKey) headers['idempotency-key'] = request.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(buildUrl(request), {
      method: request.method ?? 'GET',
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiProblem({
      type: clientProblemTypes.unreachable,
      title: 'The Rapport service cannot be reached',
      status: 0,
      detail: 'Check that it is running, then try again.',
    });
  }

  const text = await response.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const problem = problemDocument.safeParse(json);
    if (response.status === 401 && request.token === undefined) unauthenticatedListeners.forEach((listener) => listener());
    throw new ApiProblem(
      problem.success
        ? problem.data
        : { type: 'about:blank', title: `The service answered ${response.status} ${response.statusText}`.trim(), status: response.status },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiProblem({
      type: clientProblemTypes.unexpectedResponse,
      title: 'The service answered in an unexpected shape',
      status: response.status,
      detail: parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; '),
    });
  }
  return parsed.data;
}

const methodOf = { get: 'GET', post: 'POST', patch: 'PATCH', delete: 'DELETE' } as const;

/**
 * Sends a command (a route that records events) with the route's method and path, checking
 * the answer against the route's schema. A fresh idempotency key, unless the caller keeps
 * one across retries, makes a retried request record the command once.
 */
export function sendCommand<T>(route: ApiRoute<T>, request: Omit<ApiRequest, 'method' | 'path'> = {}): Promise<T> {
  return apiRequest(route.success.schema, {
    ...request,
    method: methodOf[route.method],
    path: route.path,
    idempotencyKey: request.idempotencyKey ?? crypto.randomUUID(),
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The file name a `Content-Disposition: attachment; filename="…"` header gives, if any. */
export function attachmentName(disposition: string | null): string | null {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? null;
}

/**
 * Downloads a file the API produces (a report), with the signed-in user's token, and
 * hands it to the browser as a download, under the name the API gives it (the cohort or
 * manager and the as-of day), else `fallbackName`. Problems arrive as `ApiProblem`, like any call.
 */
export async function apiDownload(request: Omit<ApiRequest, 'method' | 'body'>, fallbackName: string): Promise<void> {
  const token = request.token ?? readSession()?.token;
  const response = await fetch(buildUrl(request), { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => {
    throw new ApiProblem({ type: clientProblemTypes.unreachable, title: 'The Rapport service cannot be reached', status: 0 });
  });
  if (!response.ok) {
    const problem = problemDocument.safeParse(safeJson(await response.text()));
    throw new ApiProblem(
      problem.success ? problem.data : { type: 'about:blank', title: `The service answered ${response.status}`, status: response.status },
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const fileName = attachmentName(response.headers.get('content-disposition')) ?? fallbackName;
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
