import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import swaggerUi from 'swagger-ui-express';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi/openapi-document';
import { protectHttp } from './http/protection';
import type { Runtime } from './runtime';

/** Largest accepted JSON body: a batch of 1,000 interactions fits with room to spare. */
export const MAX_BODY = '2mb';

/** Builds the HTTP app over an opened runtime (does not listen). */
export async function createApp(runtime: Runtime, options: { logger?: boolean } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRuntime(runtime), {
    bodyParser: false,
    logger: options.logger === false ? false : ['error', 'warn', 'log'],
  });
  protectHttp(app, runtime.config.http);
  app.useBodyParser('json', { limit: MAX_BODY, type: ['application/json', 'application/*+json'] });
  const document = openApiDocument();
  app.use('/docs/openapi.json', (_req: unknown, res: { json(body: unknown): void }) => res.json(document));
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(document as Parameters<typeof swaggerUi.setup>[0]));
  app.enableShutdownHooks();
  return app;
}
