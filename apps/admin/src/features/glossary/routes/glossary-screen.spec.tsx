import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { glossaryTermKeys, metricGlossary } from '@rapport/contracts';
import { renderWithProviders } from '../../../test/render';
import { GlossaryScreen } from './glossary-screen';

describe('glossary screen', () => {
  it('lists every term with its explanation and how it is computed, under a heading, and names the tab', () => {
    renderWithProviders(<GlossaryScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(document.title).toBe('Glossary · Rapport');
    for (const key of glossaryTermKeys) {
      const { term, explanation, computation } = metricGlossary[key];
      const entry = document.getElementById(`term-${key}`)!;
      expect(entry, key).toHaveTextContent(term);
      expect(entry, key).toHaveTextContent(explanation);
      expect(entry, key).toHaveTextContent(`How it is computed: ${computation}`);
    }
    expect(screen.getByRole('region', { name: 'The six habits (the last 90 days)' })).toHaveTextContent('Says thank you');
  });

  it('finds a term by another name it is shown under, and says when nothing matches', async () => {
    renderWithProviders(<GlossaryScreen />);
    const user = userEvent.setup();
    const search = screen.getByRole('textbox', { name: 'Find a term' });

    await user.type(search, 'well-networked');
    const sections = screen.getAllByRole('region');
    expect(sections.map((section) => section.getAttribute('aria-label'))).toEqual(['Position in the organisation’s network']);
    expect(within(sections[0]!).getByText('PageRank percentile')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'zebra');
    expect(screen.getByText('No term matches')).toBeInTheDocument();
  });
});
