import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { problemTypes } from '@rapport/contracts';
import { apiRequest, attachmentName, buildUrl } from './api-client';
import { ApiProblem } from './api-problem';
import { signIn } from './session';
import { stubApi } from '../test/render';

describe('API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills path parameters and leaves out query values that are not set', () => {
    expect(buildUrl({ path: '/v1/people/{id}/network', params: { id: 'a b' }, query: { asOf: undefined, limit: 5 } })).toBe(
      '/v1/people/a%20b/network?limit=5',
    );
  });

  it('names a downloaded report as the API does (cohort and as-of day), else by the fallback', () => {
    expect(attachmentName('attachment; filename="autumn-cohort-2026-11-30.pdf"')).toBe('autumn-cohort-2026-11-30.pdf');
    expect(attachmentName(null)).toBeNull();
    expect(attachmentName('inline')).toBeNull();
  });

  it('sends the signed-in user’s token', async () => {
    signIn({ token: 'tkn', role: 'participant', personId: null, displayName: 'Ana', expiresAt: '2099-01-01T00:00:00Z' });
    const { requests } = stubApi(() => ({ status: 200, body: { ok: true } }));
    await apiRequest(z.object({ ok: z.boolean() }), { path: '/v1/x' });
    expect(requests[0]!.headers.authorization).toBe('Bearer tkn');
  });

  it('turns problem+json into a typed problem with a message per field', async () => {
    stubApi(() => ({
      status: 400,
      body: {
        type: problemTypes.validation,
        title: 'The request body is invalid',
        status: 400,
        errors: [
          { field: 'participantIds.1', message: 'unknown person' },
          { field: 'participantIds.2', message: 'also unknown' },
        ],
      },
    }));
    const failure = await apiRequest(z.unknown(), { path: '/v1/interactions', method: 'POST', body: {} }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure).toMatchObject({ type: problemTypes.validation, status: 400, title: 'The request body is invalid' });
    expect((failure as ApiProblem).fieldErrors()).toEqual({ participantIds: 'unknown person' });
  });

  it('reports an answer that breaks its contract instead of showing wrong data', async () => {
    stubApi(() => ({ status: 200, body: { size: 'many' } }));
    const failure = await apiRequest(z.object({ size: z.number() }), { path: '/v1/x' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ title: 'The service answered in an unexpected shape', detail: expect.stringContaining('size') });
  });

  it('says the service cannot be reached when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const failure = await apiRequest(z.unknown(), { path: '/v1/x' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 0, title: 'The Rapport service cannot be reached' });
  });
});
