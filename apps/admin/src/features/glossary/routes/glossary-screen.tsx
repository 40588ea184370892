import { useState } from 'react';
import { Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { glossaryFamilies, glossaryTermKeys, metricGlossary, type GlossaryTermKey } from '@rapport/contracts';
import { EmptyState } from '../../../components/empty-state';
import { ScreenTitle } from '../../../components/screen-title';
import { usePageTitle } from '../../../lib/page-title';
import { GlossarySection } from '../components/glossary-section';

/** A term matches a search when its name, another name it is shown under, or its explanation holds the words. */
export function glossaryMatches(key: GlossaryTermKey, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const { term, alsoShownAs, explanation } = metricGlossary[key];
  const text = [term, ...alsoShownAs, explanation].join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}

/** Glossary (every role): every metric term the app shows, what it tells and how it is computed (SPEC §6). */
export function GlossaryScreen() {
  usePageTitle('Glossary');
  const [search, setSearch] = useState('');
  const sections = glossaryFamilies
    .map(({ family, title }) => ({
      family,
      title,
      terms: glossaryTermKeys.filter((key) => metricGlossary[key].family === family && glossaryMatches(key, search)),
    }))
    .filter((section) => section.terms.length > 0);
  // A reading page: lines kept to a readable length.
  return (
    <Stack gap="lg" maw={960}>
      <ScreenTitle title="Glossary">
        What every figure in Rapport means and how it is computed. Figures are as of the day shown at the top; only what happened by then
        counts, and a tie is active from strength 10.
      </ScreenTitle>
      <TextInput
        label="Find a term"
        placeholder="For example: constraint, balance, thank you"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={420}
      />
      {sections.length === 0 ? (
        <EmptyState title="No term matches">Try another word, or clear the search to see every term.</EmptyState>
      ) : (
        sections.map(({ family, title, terms }) => <GlossarySection key={family} title={title} terms={terms} />)
      )}
    </Stack>
  );
}
