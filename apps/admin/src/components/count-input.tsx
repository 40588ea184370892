import { useRef } from 'react';
import { ActionIcon, NumberInput, Stack, type NumberInputHandlers, type NumberInputProps } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';

/**
 * A number field whose up and down steppers say what they do ("Increase minutes"), to
 * screen readers and on hover; the arrow keys in the field do the same.
 */
export function CountInput({ label, ...props }: NumberInputProps & { label: string }) {
  const handlers = useRef<NumberInputHandlers>(undefined);
  const stepper = (direction: 'Increase' | 'Decrease') => ({
    'aria-label': `${direction} ${label.toLowerCase()}`,
    title: `${direction} ${label.toLowerCase()} by one`,
    tabIndex: -1,
    size: 14,
    variant: 'subtle' as const,
    color: 'gray',
    onClick: () => (direction === 'Increase' ? handlers.current?.increment() : handlers.current?.decrement()),
  });
  return (
    <NumberInput
      {...props}
      label={label}
      hideControls
      handlersRef={handlers}
      rightSectionWidth={28}
      rightSection={
        <Stack gap={0}>
          <ActionIcon {...stepper('Increase')}>
            <IconChevronUp size={12} />
          </ActionIcon>
          <ActionIcon {...stepper('Decrease')}>
            <IconChevronDown size={12} />
          </ActionIcon>
        </Stack>
      }
    />
  );
}
