import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { problemTypes } from '@rapport/contracts';
import type { ServiceConfig } from '@rapport/config';
import { problem } from './problem';

/** Who a request counts against: its bearer token (hashed), else its address. */
function rateLimitKey(request: Request): string {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return `token:${createHash('sha256').update(header.slice(7)).digest('hex')}`;
  return `address:${ipKeyGenerator(request.ip ?? 'unknown')}`;
}

/**
 * Security headers, strict CORS (only the configured origins) and a per-token rate
 * limit answered with 429 problem+json and Retry-After.
 */
export function protectHttp(app: NestExpressApplication, http: ServiceConfig['http'], connectOrigins: readonly string[] = []): void {
  app.disable('x-powered-by');
  // The admin page may call its own origin and, with OIDC sign-in, the provider (discovery, token endpoint).
  app.use(helmet({ contentSecurityPolicy: { directives: { connectSrc: ["'self'", ...connectOrigins] } } }));
  if (http.corsOrigins.length > 0) {
    app.enableCors({ origin: [...http.corsOrigins], allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id'] });
  }
  if (http.rateLimitPerMinute === 0) return;
  app.use(
    rateLimit({
      windowMs: 60_000,
      limit: http.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: rateLimitKey,
      skip: (request) => request.path.startsWith('/health/'),
      handler: (request: Request & { rateLimit?: { resetTime?: Date } }, response: Response) => {
        const reset = request.rateLimit?.resetTime?.getTime() ?? Date.now() + 60_000;
        response.setHeader('Retry-After', String(Math.max(1, Math.ceil((reset - Date.now()) / 1000))));
        const body = problem(429, problemTypes.rateLimited, 'Too many requests', {
          detail: `at most ${http.rateLimitPerMinute} requests a minute per token`,
          instance: request.originalUrl,
        });
        response.status(429).type('application/problem+json').send(JSON.stringify(body));
      },
    }),
  );
}
