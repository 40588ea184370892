import type { ReactElement } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { theme } from '../app/theme';

/** Renders a component inside the providers the app gives it (Mantine, a fresh query cache). */
export function renderWithProviders(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapped = (element: ReactElement) => (
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
    </MantineProvider>
  );
  const rendered = render(wrapped(ui));
  /** Renders another element in the same providers and cache, as a refetch would re-render the page. */
  const rerenderWithProviders = (next: ReactElement) => rendered.rerender(wrapped(next));
  return { queryClient, ...rendered, rerenderWithProviders };
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** Replaces fetch with one answering from `respond`, recording every request. */
export function stubApi(respond: (request: RecordedRequest) => { status: number; body: unknown; contentType?: string }) {
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (url: string, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const answer = respond(request);
    const contentType = answer.contentType ?? (answer.status >= 400 ? 'application/problem+json' : 'application/json');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': contentType } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests };
}
