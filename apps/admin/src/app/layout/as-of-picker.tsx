import { DatePickerInput } from '@mantine/dates';
import { IconCalendarTime } from '@tabler/icons-react';
import { useAsOf } from '../../lib/as-of';

/** Travel in time: every metric on every screen is computed as of the chosen day (empty = now). */
export function AsOfPicker() {
  const asOf = useAsOf();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <DatePickerInput
      // The accessible name holds the visible text ("As of now", "5 Dec 2026").
      aria-label={`Metrics as of ${asOf.day ? new Date(`${asOf.day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : 'now'}`}
      placeholder="As of now"
      leftSection={<IconCalendarTime size={16} />}
      value={asOf.day}
      onChange={(value) => asOf.setDay(value ? String(value).slice(0, 10) : null)}
      maxDate={today}
      clearable
      valueFormat="D MMM YYYY"
      w={{ base: 150, sm: 190 }}
      size="sm"
    />
  );
}
