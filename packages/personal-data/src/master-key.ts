import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The deployment's master key: the configured one, else (embedded default) one kept in
 * the data folder, created on first start; in memory for a throw-away store.
 */
export function loadMasterKey(configured: string | undefined, dataDir: string | null): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  if (!dataDir) return randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'master-key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
