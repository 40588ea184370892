import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import swaggerUi from 'swagger-ui-express';
import { AppModule } from './app.module';
import { serveAdminApp } from './http/admin-static';
import { documentationRoutes } from './openapi/access-table';
import { openApiDocument } from './openapi/openapi-document';
import { protectHttp } from './http/protection';
import { TokenVerifier } from './auth/token-verifier';
import { signInOrigins } from './auth/sign-in-config';
import { httpMetrics } from './observability/http-metrics.middleware';
import type { Runtime } from './runtime';

/** Largest accepted JSON body: a batch of 1,000 interactions fits with room to spare. */
export const MAX_BODY = '2mb';

/** Builds the HTTP app over an opened runtime (does not listen). */
export async function createApp(runtime: Runtime, options: { logger?: boolean; adminDist?: string } = {}): Promise<NestExpressApplication> {
  const quiet = options.logger === false;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRuntime(runtime, quiet ? { logLevel: 'silent' } : {}), {
    bodyParser: false,
    bufferLogs: !quiet,
    logger: quiet ? false : undefined,
  });
  if (!quiet) app.useLogger(app.get(Logger));
  app.use(httpMetrics(runtime.metrics));
  const verifier = app.get(TokenVerifier);
  const subjectOf = (token: string) =>
    verifier.verify(token).then(
      (principal) => principal.subject,
      () => null,
    );
  protectHttp(app, runtime.config.http, subjectOf, signInOrigins(runtime.config.auth));
  app.useBodyParser('json', { limit: MAX_BODY, type: ['application/json', 'application/*+json'] });
  const document = openApiDocument();
  app.use(documentationRoutes.openApi.path, (_req: unknown, res: { json(body: unknown): void }) => res.json(document));
  app.use(documentationRoutes.reference.path, swaggerUi.serve, swaggerUi.setup(document as Parameters<typeof swaggerUi.setup>[0]));
  serveAdminApp(app, options.adminDist);
  return app;
}
