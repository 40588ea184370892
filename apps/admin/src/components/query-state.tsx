import { Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState } from './empty-state';
import { ProblemAlert } from './problem-alert';

interface QueryStateProps<T> {
  readonly query: UseQueryResult<T>;
  /** What is being shown, in words ("Relationships"): used in loading, empty and error messages. */
  readonly what: string;
  readonly isEmpty?: (data: T) => boolean;
  readonly empty?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

/** Loading, error ("in words"), empty and loaded states of one query, the same way everywhere. */
export function QueryState<T>({ query, what, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <Center py="xl">
        <Stack align="center" gap="xs">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Loading {what.toLowerCase()}…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (query.isError) return <ProblemAlert error={query.error} what={what} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState title={`No ${what.toLowerCase()} yet`} />}</>;
  return <>{children(query.data)}</>;
}
