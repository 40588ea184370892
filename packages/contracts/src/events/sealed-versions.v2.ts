import { z } from 'zod';
import { sealedText } from '../sealed';
import { personRegisteredV1 } from './person-registered.v1';
import { personProfileUpdatedV1, profileChanges } from './person-profile-updated.v1';
import { interactionLoggedV1 } from './interaction-logged.v1';
import { interactionRetractedV1 } from './interaction-retracted.v1';
import { interactionDisputedV1 } from './interaction-disputed.v1';

/**
 * Version 2 of every event that carries personal free text: names, emails, private
 * notes and reasons are sealed with the data key of the person they belong to
 * (docs/privacy.md, crypto-shredding). Writers always seal; a plain string can only
 * come from a version-1 event lifted by its upcaster (v1 data is valid v2 data).
 */
export const personalText = z.union([sealedText, z.string()]);
export type PersonalText = z.infer<typeof personalText>;

export const personRegisteredV2 = personRegisteredV1.extend({ displayName: personalText, email: personalText });
export type PersonRegisteredV2 = z.infer<typeof personRegisteredV2>;

export const personProfileUpdatedV2 = personProfileUpdatedV1.extend({
  changes: profileChanges.extend({ displayName: personalText.optional(), email: personalText.optional() }),
});
export type PersonProfileUpdatedV2 = z.infer<typeof personProfileUpdatedV2>;

export const interactionLoggedV2 = interactionLoggedV1.extend({ note: personalText.optional() });
export type InteractionLoggedV2 = z.infer<typeof interactionLoggedV2>;

/** InteractionCorrected carries the full corrected interaction, note sealed. */
export const interactionCorrectedV2 = interactionLoggedV2;
export type InteractionCorrectedV2 = z.infer<typeof interactionCorrectedV2>;

export const interactionRetractedV2 = interactionRetractedV1.extend({ reason: personalText });
export type InteractionRetractedV2 = z.infer<typeof interactionRetractedV2>;

export const interactionDisputedV2 = interactionDisputedV1.extend({ reason: personalText.optional() });
export type InteractionDisputedV2 = z.infer<typeof interactionDisputedV2>;

/** v1 data is valid v2 data: the upcaster is the identity. */
export const liftToSealedVersion = (data: unknown): unknown => data;

/** Which fields of each event's version 2 are personal (dotted paths), as writers seal them. */
export const personalFields = {
  PersonRegistered: ['displayName', 'email'],
  PersonProfileUpdated: ['changes.displayName', 'changes.email'],
  InteractionLogged: ['note'],
  InteractionCorrected: ['note'],
  InteractionRetracted: ['reason'],
  InteractionDisputed: ['reason'],
  IntroductionRequested: ['note'],
} as const;
export type EventWithPersonalData = keyof typeof personalFields;

/** The first version of each event that holds its personal text sealed: 2, or 1 for events published after sealing began. */
export const firstSealedVersion = (type: EventWithPersonalData): number => (type === 'IntroductionRequested' ? 1 : 2);
