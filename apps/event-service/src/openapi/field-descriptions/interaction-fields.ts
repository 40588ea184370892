import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

/** Where an interaction's own fields are sent: logging one, logging many, correcting one. */
const interactionRecords = ['logInteraction.body', 'logInteractionBatch.body.interactions', 'correctInteraction.body'];

/** Interactions and the signals around them: help, introductions, thank-you notes (SPEC §5, §6.1). */
export const interactionFields: FieldDescriptions = {
  ...fieldsUnder(interactionRecords, {
    occurredAt: 'When the interaction happened (ISO 8601), not in the future; it counts for every metric as of then.',
    kind: 'What kind of interaction it was: `one_on_one`, `group`, `coffee`, `meal`, `mentoring` or `other`.',
    location:
      'Where an in-person meeting took place, seen from the initiator: `their_office`, `my_office`, `neutral` or `remote` (habit 3; a meeting at their office weighs 1.25).',
    note: 'A private note, readable only by whoever recorded the interaction: sealed with their key, never shown to an admin or a manager.',
  }),
  'logInteraction.body.interactionId': 'The interaction’s id (a UUID); generated when omitted.',
  'logInteractionBatch.body.interactions.interactionId': 'The interaction’s id (a UUID); generated when omitted.',
  'correctInteraction.body.interactionId': 'Leave it out, or give the id in the path: a correction never moves to another interaction.',
  interactionId: 'The interaction’s id (a UUID).',
  authorId:
    'Who records the interaction, its author (who corrects, retracts and owns the note). Anyone but an admin records as themselves and may leave it out; an admin records on behalf of the participant named here, or else of the initiator.',
  initiatorId: 'Who reached out: the participant who started the interaction. Their habits and the pair’s reciprocity count it as theirs.',
  participantIds:
    'Everyone who took part, the initiator included: 2 to 50 distinct registered people. Gatherings of more than 18 are recorded but create no ties.',
  channel: 'How the interaction took place: `in_person`, `video`, `call`, `chat` or `email` (weighing 1.0, 0.8, 0.7, 0.3 and 0.2).',
  durationMinutes: 'How long it lasted, in minutes (1 to 1,440); 30 minutes is a depth of 1.0, and depth is kept between 0.5 and 2.0.',
  questionsAsked: 'How many questions the initiator asked, as they report it (habit 5, probing).',
  storiesTold: 'How many stories the initiator told, as they report it (habit 5, probing).',

  'logInteractionBatch.body.interactions':
    'The interactions to log (1 to 1,000), validated together: one invalid interaction stores nothing.',
  'logInteractionBatch.response.interactions': 'One entry per interaction logged, in the order they were sent.',
  'interactionNote.response.note': 'The private note, or null when the interaction has none.',
  'retractInteraction.body.reason': 'Why the interaction is retracted (1 to 500 characters); kept sealed as personal data.',
  'disputeInteraction.body.reason': 'Why you dispute the interaction as logged (up to 500 characters); kept sealed as personal data.',
  'giveCounterpartFeedback.body.feltHeard':
    'How heard you felt by the initiator, from 1 (not at all) to 5 (fully): habit 1 of the initiator.',

  giverId: 'Who gave the help (a registered person’s id); it is recorded on their stream.',
  receiverId: 'Who received the help (another registered person’s id).',
  'giveHelp.body.kind': 'What kind of help it was: `advice`, `introduction`, `resource`, `sponsorship`, `feedback` or `other`.',
  'giveHelp.body.occurredAt': 'When the help was given (ISO 8601), not in the future.',
  'makeIntroduction.body.introducerId': 'Who made the introduction (a registered person’s id); it is recorded on their stream.',
  personAId: 'One of the two people introduced to each other (a registered person other than the introducer).',
  personBId: 'The other person introduced (a registered person other than the introducer and person A).',
  'makeIntroduction.body.occurredAt': 'When the introduction was made (ISO 8601), not in the future.',
  fromId: 'Who sent the thank-you note (a registered person’s id); it is recorded on their stream.',
  toId: 'Who the note thanks (another registered person’s id).',
  'sendThankYouNote.body.handwritten':
    'Whether the note was handwritten: it then weighs 1.0 instead of 0.5, and habit 6 reports the handwritten share.',
  'sendThankYouNote.body.interactionId': 'The interaction the note thanks for, if any: one both people took part in, not retracted.',
  'sendThankYouNote.body.occurredAt': 'When the note was sent (ISO 8601), not in the future.',
};
