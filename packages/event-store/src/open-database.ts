import { openPglite } from './pglite-database';
import { openPostgres, type PostgresOptions } from './postgres-database';
import type { Database } from './types';

/** PostgreSQL when a URL is given (production), else PGlite in dataDir (embedded; in memory when absent). */
export type DatabaseLocation = ({ readonly url: string } & PostgresOptions) | { readonly dataDir?: string };

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if ('url' in location) {
    const { url, ...options } = location;
    return openPostgres(url, options);
  }
  return openPglite(location.dataDir);
}
