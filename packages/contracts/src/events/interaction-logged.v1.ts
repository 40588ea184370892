import { z } from 'zod';
import { id, instant } from '../envelope';

export const channels = ['in_person', 'video', 'call', 'chat', 'email'] as const;
export const meetingPlaces = ['their_office', 'my_office', 'neutral', 'remote'] as const;
export const interactionKinds = ['one_on_one', 'group', 'coffee', 'meal', 'mentoring', 'other'] as const;

export const channel = z.enum(channels);
export const meetingPlace = z.enum(meetingPlaces);
export const interactionKind = z.enum(interactionKinds);
export type Channel = z.infer<typeof channel>;
export type MeetingPlace = z.infer<typeof meetingPlace>;
export type InteractionKind = z.infer<typeof interactionKind>;

/** Interactions of more people than this are rejected outright (SPEC §5). */
export const MAX_PARTICIPANTS = 50;

export const interactionLoggedV1 = z.object({
  interactionId: id,
  initiatorId: id,
  participantIds: z.array(id).min(2).max(MAX_PARTICIPANTS),
  occurredAt: instant,
  channel,
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  location: meetingPlace.optional(),
  kind: interactionKind,
  questionsAsked: z.number().int().min(0).max(1000).optional(),
  storiesTold: z.number().int().min(0).max(1000).optional(),
  /** Private note, readable only by its author (sealed with their key from version 2 on). */
  note: z.string().max(5000).optional(),
});
export type InteractionLoggedV1 = z.infer<typeof interactionLoggedV1>;
