import { Stack, Text } from '@mantine/core';
import { metricGlossary, type GlossaryTermKey } from '@rapport/contracts';
import { Panel } from '../../../components/panel';

/** One section of the glossary: each term with its one-sentence explanation and how it is computed. */
export function GlossarySection({ title, terms }: { title: string; terms: readonly GlossaryTermKey[] }) {
  return (
    <Panel title={title}>
      <Stack component="dl" gap="md" m={0}>
        {terms.map((key) => {
          const { term, alsoShownAs, explanation, computation } = metricGlossary[key];
          return (
            <div key={key} id={`term-${key}`}>
              <Text component="dt" fw={600}>
                {term}
                {alsoShownAs.length ? (
                  <Text component="span" size="xs" c="dimmed" fw={400} ml="xs">
                    also shown as {alsoShownAs.join(', ')}
                  </Text>
                ) : null}
              </Text>
              <Text component="dd" m={0}>
                {explanation}
              </Text>
              <Text component="dd" m={0} mt={2} size="sm" c="dimmed">
                <Text component="span" size="sm" fw={600} c="dimmed">
                  How it is computed:{' '}
                </Text>
                {computation}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Panel>
  );
}
