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
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    },
  };
}
