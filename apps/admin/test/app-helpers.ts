import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { EmbeddedService } from './embedded-service';

export const adminRoot = resolve(import.meta.dirname, '..');

export interface Person {
  personId: string;
  displayName: string;
  email: string;
  department: string;
  function: string;
  managerId?: string | null;
}

/** Always test the current code: builds the admin that the event-service then serves. */
export async function buildAdmin(): Promise<void> {
  const { build } = await import('vite');
  await build({ root: adminRoot, logLevel: 'warn' });
  if (!existsSync(resolve(adminRoot, 'dist/index.html'))) throw new Error('the admin build wrote no dist/index.html');
}

export async function api<T>(
  service: EmbeddedService,
  path: string,
  init: { token?: string; body?: unknown; method?: 'GET' | 'POST' | 'DELETE' } = {},
): Promise<T> {
  const response = await fetch(service.url + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An admin's token from the embedded default's dev sign-in. */
export const adminToken = async (service: EmbeddedService) =>
  (await api<{ token: string }>(service, '/v1/auth/dev-token', { body: { role: 'admin' } })).token;

/** Picks an option of a Mantine (combobox) select by typing part of its label. */
export async function choose(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label).first();
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click();
}

/** Signs in on the dev sign-in screen as the demo admin and waits for the people list. */
export async function signInAsAdmin(page: Page, service: EmbeddedService): Promise<void> {
  await page.goto(`${service.url}/sign-in`);
  await page.getByText('Admin', { exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/people$/);
  await page.getByRole('table', { name: 'People' }).waitFor();
}
