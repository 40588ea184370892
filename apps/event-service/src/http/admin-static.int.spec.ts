import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAdminApp } from './admin-static';

describe('serving the admin app from the same origin', () => {
  const dist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    const app = express();
    expect(serveAdminApp(app, dist)).toBe(true);
    app.use((_req, res) => res.status(404).type('application/problem+json').send('{"status":404}'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });

  afterAll(() => {
    close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves built files, hashed bundles cached for good', async () => {
    const response = await fetch(`${url}/assets/index-abc.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a page of the app (client-side route) with index.html', async () => {
    const response = await fetch(`${url}/people/0190d8c4-0000-7000-8000-000000000001`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('id="root"');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves API paths to the API, so an unknown route stays a 404 problem', async () => {
    for (const path of ['/v1/nothing-here', '/health/nope', '/docs/x', '/metrics/x']) {
      const response = await fetch(url + path, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('is skipped when the admin has not been built', () => {
    expect(serveAdminApp(express(), join(dist, 'missing'))).toBe(false);
  });
});
