import { useMemo, useState, type ReactNode } from 'react';
import {
  Loader,
  MultiSelect,
  Select,
  Stack,
  Text,
  type ComboboxItem,
  type ComboboxLikeRenderOptionInput,
  type OptionsFilter,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { describeProblem } from '../lib/api-problem';
import { COLLEAGUES_PER_SEARCH, useColleagueSearch, useColleaguesById, type Colleague } from '../lib/colleague-directory';

/** What both pickers share: the label, who may not be chosen, and a form's own error. */
interface ColleaguePickerProps {
  readonly label: string;
  /** Show the label to screen readers only (a picker in a toolbar). */
  readonly hiddenLabel?: boolean;
  /** People who cannot be chosen here (oneself, people already enrolled). */
  readonly exclude?: readonly string[];
  readonly placeholder?: string;
  readonly error?: ReactNode;
  readonly withAsterisk?: boolean;
  readonly w?: number;
}

const MORE = '__more__';
// The directory searches names, departments and functions: show its answer as it is.
const asAnswered: OptionsFilter = ({ options }) => options;

/**
 * The directory as the person types: one search per pause in typing, the last answer shown
 * while the next is on its way, problems said in words under the field.
 */
function useDirectoryOptions(text: string, chosen: readonly Colleague[], exclude: readonly string[]) {
  const [debounced] = useDebouncedValue(text, 200);
  const search = useColleagueSearch(debounced);
  return useMemo(() => {
    const known = new Map<string, Colleague>(chosen.map((c) => [c.personId, c]));
    for (const colleague of search.data?.items ?? []) known.set(colleague.personId, colleague);
    const hidden = new Set(exclude);
    const options: ComboboxItem[] = [...known.values()]
      .filter((c) => !hidden.has(c.personId) || chosen.some((x) => x.personId === c.personId))
      .sort((a, b) => a.displayName.localeCompare(b.displayName))
      .map((c) => ({ value: c.personId, label: c.displayName }));
    if (search.data?.nextCursor)
      options.push({ value: MORE, label: `Only the first ${COLLEAGUES_PER_SEARCH} shown: type more of a name`, disabled: true });
    const problem = search.isError ? `The colleague directory could not be searched: ${describeProblem(search.error)}` : null;
    return { known, options, problem, searching: search.isFetching };
  }, [chosen, exclude, search.data, search.isError, search.error, search.isFetching]);
}

function renderColleague(known: ReadonlyMap<string, Colleague>) {
  return ({ option }: ComboboxLikeRenderOptionInput<ComboboxItem>) => {
    const colleague = known.get(option.value);
    if (!colleague)
      return (
        <Text size="xs" c="dimmed">
          {option.label}
        </Text>
      );
    return (
      <Stack gap={0}>
        <Text size="sm">{colleague.displayName}</Text>
        <Text size="xs" c="dimmed">
          {colleague.department} · {colleague.function}
        </Text>
      </Stack>
    );
  };
}

const labelProps = (props: ColleaguePickerProps) => (props.hiddenLabel ? { 'aria-label': props.label } : { label: props.label });
const searching = (busy: boolean) => (busy ? <Loader size={14} aria-label="Searching colleagues" /> : undefined);

/** The search-as-you-type behaviour both pickers give their Mantine field. */
function directoryFieldProps(
  props: ColleaguePickerProps,
  directory: ReturnType<typeof useDirectoryOptions>,
  text: string,
  setText: (text: string) => void,
) {
  return {
    ...labelProps(props),
    leftSection: <IconSearch size={14} />,
    rightSection: searching(directory.searching),
    data: directory.options,
    searchable: true,
    searchValue: text,
    onSearchChange: setText,
    filter: asAnswered,
    renderOption: renderColleague(directory.known),
    nothingFoundMessage: directory.searching ? 'Searching…' : 'Nobody by that name',
    error: props.error ?? directory.problem,
    withAsterisk: props.withAsterisk ?? false,
    ...(props.w ? { w: props.w } : {}),
  };
}

/** Choose one colleague from the directory, searching by name, department or function. */
export function ColleagueSelect(
  props: ColleaguePickerProps & {
    value: string | null;
    onChange: (personId: string | null, colleague: Colleague | null) => void;
    clearable?: boolean;
  },
) {
  const { value, onChange, exclude = [] } = props;
  const [text, setText] = useState('');
  // The chosen colleague is named even when the current search no longer finds them.
  const named = useColleaguesById(value ? [value] : []);
  const [picked, setPicked] = useState<Colleague | null>(null);
  const chosen = value ? (named.data?.get(value) ?? (picked?.personId === value ? picked : null)) : null;
  const chosenList = useMemo(() => (chosen ? [chosen] : []), [chosen]);
  // Once a colleague is chosen their name fills the field; reopening lists everyone again.
  const directory = useDirectoryOptions(chosen && text === chosen.displayName ? '' : text, chosenList, exclude);
  return (
    <Select
      {...directoryFieldProps(props, directory, text, setText)}
      placeholder={props.placeholder ?? 'Search colleagues'}
      value={value}
      onChange={(personId) => {
        const colleague = personId ? (directory.known.get(personId) ?? null) : null;
        setPicked(colleague);
        onChange(personId, colleague);
      }}
      clearable={props.clearable ?? false}
      allowDeselect={false}
    />
  );
}

/** Choose several colleagues from the directory (who took part in an interaction). */
export function ColleagueMultiSelect(props: ColleaguePickerProps & { value: readonly string[]; onChange: (personIds: string[]) => void }) {
  const { value, onChange, exclude = [] } = props;
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<readonly Colleague[]>([]);
  const stillChosen = useMemo(() => chosen.filter((c) => value.includes(c.personId)), [chosen, value]);
  const directory = useDirectoryOptions(text, stillChosen, exclude);
  return (
    <MultiSelect
      {...directoryFieldProps(props, directory, text, setText)}
      placeholder={value.length ? undefined : (props.placeholder ?? 'Search colleagues')}
      value={[...value]}
      onChange={(personIds) => {
        setChosen(personIds.map((id) => directory.known.get(id)).filter((c): c is Colleague => c !== undefined));
        onChange(personIds);
      }}
    />
  );
}
