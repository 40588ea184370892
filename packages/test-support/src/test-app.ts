/**
 * A service a test has started and listens on a free port: where it answers, what a test
 * may reach inside it (its runtime and its HTTP application), and how it stops.
 */
export interface StartedService<Runtime = unknown, Http = unknown> {
  readonly url: string;
  readonly runtime: Runtime;
  readonly http: Http;
  close(): Promise<void>;
}

/**
 * How an app starts itself for its tests, with the test's options (a store, a clock,
 * settings). The app hands its starter in: a package never imports an app.
 */
export type ServiceStarter<Options, Runtime, Http> = (options?: Options) => Promise<StartedService<Runtime, Http>>;

/** A started service and the HTTP calls its tests make: signing in and requests. */
export interface TestApp<Runtime = unknown, Http = unknown> extends StartedService<Runtime, Http> {
  token(role: 'admin' | 'manager' | 'participant', personId?: string): Promise<string>;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
}

/** Starts a service with its starter and the test's options, and talks to it over HTTP as a client would. */
export async function startTestApp<Options, Runtime, Http>(
  start: ServiceStarter<Options, Runtime, Http>,
  options?: Options,
): Promise<TestApp<Runtime, Http>> {
  const service = await start(options);
  const { url } = service;

  const request: TestApp['request'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, body: text && isJson ? JSON.parse(text) : text || null, headers: response.headers };
  };

  return {
    url,
    runtime: service.runtime,
    http: service.http,
    request,
    async token(role, personId) {
      const r = await request('POST', '/v1/auth/dev-token', { body: { role, ...(personId ? { personId } : {}) } });
      return r.body.token as string;
    },
    close: () => service.close(),
  };
}
