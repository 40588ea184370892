import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { metricGlossary } from '@rapport/contracts';
import { renderWithProviders } from '../test/render';
import { MetricTerm } from './metric-term';

describe('metric term', () => {
  it('shows the glossary’s name for the term unless given its own words', () => {
    renderWithProviders(
      <p>
        <MetricTerm term="constraint" /> and <MetricTerm term="reciprocity">Balance</MetricTerm>
      </p>,
    );
    expect(screen.getByText('Constraint')).toBeInTheDocument();
    expect(screen.getByText('Balance')).toBeInTheDocument();
  });

  it('explains itself when reached with the keyboard, as the term’s description, and hides again on Escape', async () => {
    renderWithProviders(<MetricTerm term="effectiveSize" />);
    const user = userEvent.setup();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();

    const term = screen.getByText('Effective size');
    expect(term).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(metricGlossary.effectiveSize.explanation);
    expect(term).toHaveAccessibleDescription(metricGlossary.effectiveSize.explanation);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('explains itself on hover', async () => {
    renderWithProviders(<MetricTerm term="twoStepReach" />);
    await userEvent.setup().hover(screen.getByText('Two-step reach'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'How many people a person can reach directly or through one introduction.',
    );
  });
});
