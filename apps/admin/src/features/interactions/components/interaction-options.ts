import type { Channel, InteractionKind, MeetingPlace } from '@rapport/contracts';
import { choicesOf } from '../../../lib/choices';

export const channelOptions = choicesOf<Channel>({
  in_person: 'In person',
  video: 'Video call',
  call: 'Phone call',
  chat: 'Chat',
  email: 'Email',
});

export const kindOptions = choicesOf<InteractionKind>({
  one_on_one: 'One-on-one',
  coffee: 'Coffee',
  meal: 'Meal',
  mentoring: 'Mentoring',
  group: 'Group meeting',
  other: 'Other',
});

export const placeOptions = choicesOf<MeetingPlace>({
  their_office: 'Their office',
  my_office: 'My office',
  neutral: 'Neutral ground',
  remote: 'Remote',
});
