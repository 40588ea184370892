import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { AsOfProvider, endOfDay, useAsOf } from './as-of';

function Probe() {
  const asOf = useAsOf();
  return (
    <>
      <output>{asOf.instant ?? 'now'}</output>
      <button onClick={() => asOf.setDay('2026-03-01')}>pick</button>
      <button onClick={() => asOf.setDay(null)}>clear</button>
    </>
  );
}

describe('as-of day', () => {
  it('asks for metrics as of the end of the chosen day in the viewer’s time zone', () => {
    const instant = new Date(endOfDay('2026-03-01'));
    expect([instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes()]).toEqual([2026, 2, 1, 23, 59]);
  });

  it('means "now" (no asOf sent) until a day is picked, and again once cleared', () => {
    render(<AsOfProvider><Probe /></AsOfProvider>);
    expect(screen.getByRole('status')).toHaveTextContent('now');
    act(() => screen.getByText('pick').click());
    expect(screen.getByRole('status')).toHaveTextContent(endOfDay('2026-03-01'));
    act(() => screen.getByText('clear').click());
    expect(screen.getByRole('status')).toHaveTextContent('now');
  });
});
