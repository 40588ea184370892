import type { Channel, InteractionKind, MeetingPlace } from '@rapport/contracts';

export const channelOptions: { value: Channel; label: string }[] = [
  { value: 'in_person', label: 'In person' },
  { value: 'video', label: 'Video call' },
  { value: 'call', label: 'Phone call' },
  { value: 'chat', label: 'Chat' },
  { value: 'email', label: 'Email' },
];

export const kindOptions: { value: InteractionKind; label: string }[] = [
  { value: 'one_on_one', label: 'One-on-one' },
  { value: 'coffee', label: 'Coffee' },
  { value: 'meal', label: 'Meal' },
  { value: 'mentoring', label: 'Mentoring' },
  { value: 'group', label: 'Group meeting' },
  { value: 'other', label: 'Other' },
];

export const placeOptions: { value: MeetingPlace; label: string }[] = [
  { value: 'their_office', label: 'Their office' },
  { value: 'my_office', label: 'My office' },
  { value: 'neutral', label: 'Neutral ground' },
  { value: 'remote', label: 'Remote' },
];
