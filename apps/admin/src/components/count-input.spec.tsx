import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { CountInput } from './count-input';

function Minutes() {
  const [value, setValue] = useState<number | string>(30);
  return <CountInput label="Minutes" min={1} value={value} onChange={setValue} />;
}

describe('a number field with labelled steppers', () => {
  it('names each stepper for what it does, and each one changes the value by one', async () => {
    renderWithProviders(<Minutes />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Minutes' });
    await user.click(screen.getByRole('button', { name: 'Increase minutes' }));
    expect(field).toHaveValue('31');
    await user.click(screen.getByRole('button', { name: 'Decrease minutes' }));
    await user.click(screen.getByRole('button', { name: 'Decrease minutes' }));
    expect(field).toHaveValue('29');
  });
});
