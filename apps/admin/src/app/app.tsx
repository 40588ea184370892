import { useEffect, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { onUnauthenticated } from '../lib/api-client';
import { signOut } from '../lib/session';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));

  // An expired or refused token ends the session; the router sends the user to sign-in.
  useEffect(
    () =>
      onUnauthenticated(() => {
        signOut();
        queryClient.clear();
        void router.navigate({ to: '/sign-in' });
      }),
    [queryClient, router],
  );

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
