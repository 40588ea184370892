/** A problem+json answer from the API (RFC 9457), with every invalid field. */
export interface ApiProblem {
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly errors?: ReadonlyArray<{ field: string; message: string }>;
}

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly replayed: boolean;
}

export class ApiUnavailableError extends Error {}

const RETRIES = 4;

/** Talks to a running event-service with a bearer token; retries only when the service could not answer. */
export class RapportClient {
  constructor(
    readonly baseUrl: string,
    private token: string | null,
  ) {}

  withToken(token: string): RapportClient {
    return new RapportClient(this.baseUrl, token);
  }

  /** A GET whose answer is a file: the raw response, for streaming to disk. */
  async download(path: string): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    try {
      return await fetch(new URL(path, this.baseUrl), { headers });
    } catch (error) {
      throw new ApiUnavailableError(`cannot reach ${this.baseUrl}: ${(error as Error).message}`);
    }
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; idempotencyKey?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) };
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(new URL(path, this.baseUrl), init);
      } catch (error) {
        if (attempt >= RETRIES) throw new ApiUnavailableError(`cannot reach ${this.baseUrl}: ${(error as Error).message}`);
        await pause(attempt);
        continue;
      }
      // 502–504 mean the service did not process the request; retrying is safe (commands carry an Idempotency-Key).
      if (response.status >= 502 && response.status <= 504 && attempt < RETRIES) {
        await pause(attempt);
        continue;
      }
      const text = await response.text();
      return { status: response.status, body: parseBody(text) as T, replayed: response.headers.get('idempotent-replayed') === 'true' };
    }
  }
}

/** JSON when it is JSON; a proxy's HTML error page becomes a problem whose detail is its text. */
function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { title: 'not a JSON answer', detail: text.slice(0, 200) };
  }
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));

/** A one-line description of a failed answer, for messages. */
export function describeProblem(response: ApiResponse): string {
  const problem = response.body as ApiProblem | null;
  const fields = problem?.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return [`HTTP ${response.status}`, problem?.title, problem?.detail, fields].filter(Boolean).join(' — ');
}
