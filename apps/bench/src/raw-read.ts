import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { queryBenchmark, type QueryResult } from './queries.bench';
import type { Stack } from './stack';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The raw read limit in this run: the bare server (raw-read-server.ts) in a process of
 * its own, on Rapport's database, under the same load as a person query — the same
 * ids, 50 connections, the same number of seconds.
 */
export async function rawReadBenchmark(stack: Stack, ids: readonly string[], seconds: number): Promise<QueryResult> {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./raw-read-server.ts', import.meta.url))], {
    env: { ...process.env, DATABASE_URL: stack.env.DATABASE_URL, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      server.once('exit', (code) => reject(new Error(`raw read server exited with ${code}`)));
    });
    const result = await queryBenchmark({ ...stack, url: `http://127.0.0.1:${port}` }, '/ties/{id}', ids, seconds, server.pid);
    return {
      ...result,
      endpoint: "raw read limit: one person's tie rows as Rapport keeps them, one primary-key range (node:http + pg, no framework)",
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}
