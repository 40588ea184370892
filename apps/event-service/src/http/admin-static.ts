import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where the admin app's production build can be, seen from this module in the sources (src/http) or in a bundle (dist). */
const adminDistCandidates = ['../../../admin/dist', '../../admin/dist'].map((path) =>
  resolve(dirname(fileURLToPath(import.meta.url)), path),
);

/** The admin app's production build (`pnpm --filter @rapport/admin build`). */
export const defaultAdminDist = adminDistCandidates.find((dist) => existsSync(join(dist, 'index.html'))) ?? adminDistCandidates[0]!;

/** Paths the API owns: never answered with the admin app, so unknown API routes stay 404 problems. */
const apiPrefixes = ['/v1', '/docs', '/health', '/metrics'];

const ownedByApi = (path: string) => apiPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Serves the admin app from the same origin as the API (embedded default): its static
 * files, and index.html for any other GET that asks for a page (client-side routes).
 * Skipped when the admin has not been built.
 */
export function serveAdminApp(app: { use(handler: express.RequestHandler): unknown }, dist: string = defaultAdminDist): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(dist, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      // Hashed bundles never change; index.html must always be fresh.
      if (path.includes(`${join(dist, 'assets')}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (ownedByApi(request.path) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    files(request, response, () => {
      if (!request.accepts('html')) return next();
      response.setHeader('cache-control', 'no-cache');
      response.sendFile(index);
    });
  });
  return true;
}
