import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

const CORRELATION = /^[\x21-\x7e]{1,200}$/;

/**
 * Structured JSON logs (pino): one line per request with its correlation id, which is
 * the caller's X-Correlation-Id when sent (else a new UUID), echoed back in the response
 * and recorded on every event the request causes. Tokens and cookies are never logged.
 */
export function requestLogging(level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const sent = request.headers['x-correlation-id'];
        const id = typeof sent === 'string' && CORRELATION.test(sent) ? sent : randomUUID();
        response.setHeader('X-Correlation-Id', id);
        return id;
      },
      customAttributeKeys: { reqId: 'correlationId' },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]'],
      serializers: {
        req: (req: LoggedRequest) => ({ method: req.method, route: req.raw?.route?.path ?? null, url: withoutQueryValues(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    },
  };
}

/** What pino-http hands the request serializer: the request's method and URL, and the request itself. */
interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  readonly raw?: { readonly route?: { readonly path?: string } };
}

/**
 * The URL as logged: the path and the names of its query parameters, never their values
 * (`/v1/people?email=…` would keep an e-mail address in the logs after its person is
 * erased). docs/privacy.md.
 */
export function withoutQueryValues(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const names = url
    .slice(question + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0]!);
  return `${url.slice(0, question)}?${names.join('&')}`;
}
