import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, stubApi } from '../test/render';
import { colleague, directoryAnswer } from '../test/colleague-directory-stub';
import { ColleagueMultiSelect, ColleagueSelect } from './colleague-select';

const me = '0190d8c4-0000-7000-8000-000000000001';
const people = [
  colleague(me, 'Me Myself'),
  colleague('0190d8c4-0000-7000-8000-000000000002', 'Ana Ortiz', 'Finance', 'Treasury'),
  colleague('0190d8c4-0000-7000-8000-000000000003', 'Ben Okafor', 'Sales', 'Partnerships'),
  colleague('0190d8c4-0000-7000-8000-000000000004', 'Chloé Lindqvist', 'Legal', 'Compliance'),
];

function OnePicker({ onPick }: { onPick: (id: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <ColleagueSelect
      label="Thanked"
      exclude={[me]}
      value={value}
      onChange={(id) => {
        setValue(id);
        onPick(id);
      }}
    />
  );
}

function SeveralPicker({ onPick }: { onPick: (ids: string[]) => void }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <ColleagueMultiSelect
      label="Who with"
      exclude={[me]}
      value={value}
      onChange={(ids) => {
        setValue(ids);
        onPick(ids);
      }}
    />
  );
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('choosing colleagues from the directory', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the directory as the person types and lists what it answers, with department and function, never oneself', async () => {
    const { requests } = stubApi((request) => directoryAnswer(request.url, people) ?? { status: 500, body: {} });
    const onPick = vi.fn();
    renderWithProviders(<OnePicker onPick={onPick} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('combobox', { name: 'Thanked' }));
    await waitFor(() =>
      expect(optionNames()).toEqual(['Ana OrtizFinance · Treasury', 'Ben OkaforSales · Partnerships', 'Chloé LindqvistLegal · Compliance']),
    );

    // A department is a search too: the directory's answer is shown as it is, not filtered again by name.
    await user.type(screen.getByRole('combobox', { name: 'Thanked' }), 'legal');
    await waitFor(() => expect(optionNames()).toEqual(['Chloé LindqvistLegal · Compliance']));
    expect(requests.at(-1)!.url).toBe('/v1/people/directory?q=legal&limit=30');
    expect(requests.every((r) => r.url.startsWith('/v1/people/directory'))).toBe(true);

    await user.click(screen.getByRole('option', { name: /Chloé Lindqvist/ }));
    expect(onPick).toHaveBeenCalledWith(people[3]!.personId);
    expect(screen.getByRole('combobox', { name: 'Thanked' })).toHaveValue('Chloé Lindqvist');
  });

  it('keeps the colleagues already chosen named while the next search lists others', async () => {
    stubApi((request) => directoryAnswer(request.url, people) ?? { status: 500, body: {} });
    const onPick = vi.fn();
    renderWithProviders(<SeveralPicker onPick={onPick} />);
    const user = userEvent.setup();
    const input = screen.getByRole('combobox', { name: 'Who with' });

    await user.type(input, 'ortiz');
    await user.click(await screen.findByRole('option', { name: /Ana Ortiz/ }));
    await user.type(input, 'okafor');
    await waitFor(() => expect(optionNames().some((name) => name?.startsWith('Ben Okafor'))).toBe(true));
    await user.click(screen.getByRole('option', { name: /Ben Okafor/ }));

    expect(onPick).toHaveBeenLastCalledWith([people[1]!.personId, people[2]!.personId]);
    expect(screen.getByText('Ana Ortiz', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
    expect(screen.getByText('Ben Okafor', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
  });

  it('says when only the first answers are listed', async () => {
    stubApi((request) => directoryAnswer(request.url, people, { more: true }) ?? { status: 500, body: {} });
    renderWithProviders(<OnePicker onPick={vi.fn()} />);
    await userEvent.setup().click(screen.getByRole('combobox', { name: 'Thanked' }));
    expect(await screen.findByRole('option', { name: /Only the first 30 shown: type more of a name/ })).toHaveAttribute(
      'data-combobox-disabled',
      'true',
    );
  });

  it('says in words when the directory cannot be searched', async () => {
    stubApi(() => ({
      status: 503,
      body: {
        type: 'https://rapport.dev/problems/unavailable',
        title: 'The service is not ready',
        status: 503,
        detail: 'the store does not answer',
      },
    }));
    renderWithProviders(<OnePicker onPick={vi.fn()} />);
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Thanked' })).toHaveAccessibleDescription(
        'The colleague directory could not be searched: The service is not ready (the store does not answer)',
      ),
    );
  });
});
