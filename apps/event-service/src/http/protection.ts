import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { problemTypes } from '@rapport/contracts';
import type { ServiceConfig } from '@rapport/config';
import { bearerToken } from '../auth/bearer-token';
import { problem } from './problem';

/** The subject of a valid bearer token; null for a token that does not verify. */
export type SubjectOf = (token: string) => Promise<string | null>;

/**
 * Who a request counts against: the verified subject of its bearer token (hashed), so
 * however many tokens a person holds or however the header is written they share one
 * budget; a request without a valid token counts against its client address.
 */
function rateLimitKey(subjectOf: SubjectOf) {
  return async (request: Request): Promise<string> => {
    const token = bearerToken(request.headers.authorization);
    const subject = token === null ? null : await subjectOf(token);
    if (subject !== null) return `subject:${createHash('sha256').update(subject).digest('hex')}`;
    return `address:${ipKeyGenerator(request.ip ?? 'unknown')}`;
  };
}

/**
 * Security headers, answers of the API kept by no cache, strict CORS (only the
 * configured origins) and a rate limit per signed-in person (per address without a
 * valid token), answered with 429 problem+json and Retry-After.
 */
export function protectHttp(
  app: NestExpressApplication,
  http: ServiceConfig['http'],
  subjectOf: SubjectOf,
  connectOrigins: readonly string[] = [],
): void {
  app.disable('x-powered-by');
  // The API's answers hold personal data: no browser, proxy or shared computer keeps them
  // (so there is nothing to revalidate either, and no entity tag is computed).
  app.set('etag', false);
  app.use((request: Request, response: Response, next: () => void) => {
    if (request.path.startsWith('/v1/')) response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // The admin page may call its own origin and, with OIDC sign-in, the provider (discovery, token endpoint).
  app.use(helmet({ contentSecurityPolicy: { directives: { connectSrc: ["'self'", ...connectOrigins] } } }));
  if (http.corsOrigins.length > 0) {
    app.enableCors({
      origin: [...http.corsOrigins],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id'],
    });
  }
  if (http.rateLimitPerMinute === 0) return;
  app.use(
    rateLimit({
      windowMs: 60_000,
      limit: http.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: rateLimitKey(subjectOf),
      skip: (request) => request.path.startsWith('/health/'),
      handler: (request: Request & { rateLimit?: { resetTime?: Date } }, response: Response) => {
        const reset = request.rateLimit?.resetTime?.getTime() ?? Date.now() + 60_000;
        response.setHeader('Retry-After', String(Math.max(1, Math.ceil((reset - Date.now()) / 1000))));
        const body = problem(429, problemTypes.rateLimited, 'Too many requests', {
          detail: `at most ${http.rateLimitPerMinute} requests a minute per person (per address without a valid token)`,
          instance: request.originalUrl,
        });
        response.status(429).type('application/problem+json').send(JSON.stringify(body));
      },
    }),
  );
}
