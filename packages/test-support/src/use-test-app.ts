import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type ServiceStarter, type TestApp } from './test-app';

export interface TestAppSuite<Runtime = unknown, Http = unknown> {
  /** The suite's app; its members answer once the suite's `beforeAll` has started it. */
  readonly app: TestApp<Runtime, Http>;
  /** A dev admin token, minted when the app started. */
  admin(): string;
}

/**
 * Starts the test app before the suite's tests (the file's, or the describe block's it is
 * called in) and closes it after them. Call it before the suite's own `beforeAll`, which
 * then finds the app started (before hooks run in the order they are registered).
 */
export function useTestApp<Options, Runtime, Http>(
  start: ServiceStarter<Options, Runtime, Http>,
  options?: Options,
): TestAppSuite<Runtime, Http> {
  let started: TestApp<Runtime, Http> | undefined;
  let adminToken: string | undefined;
  beforeAll(async () => {
    started = await startTestApp(start, options);
    adminToken = await started.token('admin');
  });
  afterAll(() => started?.close());

  const current = (): TestApp<Runtime, Http> => {
    if (!started) throw new Error('the test app starts in beforeAll: use it in a hook or a test');
    return started;
  };
  const app: TestApp<Runtime, Http> = {
    get url() {
      return current().url;
    },
    get runtime() {
      return current().runtime;
    },
    get http() {
      return current().http;
    },
    token: (role, personId) => current().token(role, personId),
    request: (method, path, options) => current().request(method, path, options),
    close: () => current().close(),
  };
  return {
    app,
    admin: () => {
      if (adminToken === undefined) throw new Error('the admin token is minted in beforeAll: use it in a hook or a test');
      return adminToken;
    },
  };
}
