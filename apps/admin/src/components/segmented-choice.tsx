import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { choicesOf } from '../lib/choices';

/**
 * One of a few choices side by side, each value with its label (`choices`, in the order
 * shown). Typed by its values: what `onChange` hears is one of them.
 */
export function SegmentedChoice<T extends string>({
  choices,
  value,
  onChange,
  ...props
}: Omit<SegmentedControlProps, 'data' | 'value' | 'onChange'> & {
  choices: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}) {
  return <SegmentedControl {...props} value={value} onChange={(chosen) => onChange(chosen as T)} data={choicesOf(choices)} />;
}
