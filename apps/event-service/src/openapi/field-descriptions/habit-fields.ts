import type { FieldDescriptions } from '../describe-fields';

/** The habit scorecard: six habits over the 90 days before the instant, each with what it is computed from (SPEC §6.5). */
export const habitFields: FieldDescriptions = {
  window: 'The 90 days the habits are measured over, ending at the instant.',
  'window.from': 'The start of the window: the instant minus 90 days (ISO 8601).',
  'window.to': 'The end of the window: the instant itself (ISO 8601).',
  days: 'The window’s length in days (90).',
  habits: 'The six habits, each a score from 0 to 100 (or null when there is nothing to measure) with the counts behind it.',

  'habits.feltHeard': 'Habit 1, be authentically interested: how heard counterparts felt by the person.',
  'feltHeard.score': '20 × the mean rating; null under `minimumRatings` ratings.',
  ratings: 'Counterparts’ ratings of interactions the person initiated in the window.',
  meanRating: 'The mean of those ratings, from 1 to 5; null without ratings.',
  minimumRatings: 'How many ratings a score needs (3).',

  'habits.targets': 'Habit 2, target well-networked people: how many of the person’s networking targets they have reached.',
  'targets.score': 'The share of targets reached, from 0 to 100; null when no target is listed.',
  'targets.targets': 'People on the person’s target list as of the instant.',
  reached: 'Targets the person has a tie of at least `threshold` to.',
  threshold: 'The strength a tie to a target must reach to count (30).',

  'habits.theirOffice': 'Habit 3, meet in their office: where the person’s in-person 1:1s take place.',
  'theirOffice.score': 'The share of those 1:1s held at the other person’s office, from 0 to 100; null without one.',
  inPersonOneOnOnes: 'In-person interactions the person initiated in the window with exactly one other participant.',
  atTheirOffice: 'Of those, the ones held at the other person’s office (`their_office`).',

  'habits.value': 'Habit 4, network to create value: value given against value received.',
  'value.score': '100 · given / (given + received), where given is help given plus introductions made; null when both are 0.',
  'value.helpGiven': 'Help the person gave in the window.',
  introductionsMade: 'Introductions the person made in the window.',
  'value.helpReceived': 'Help the person received in the window.',

  'habits.probing': 'Habit 5, probe with questions more than telling stories.',
  'probing.score': '100 · questions / (questions + stories); null when both are 0.',
  'probing.interactions': 'Interactions the person initiated in the window that report questions asked or stories told.',
  questions: 'Questions asked, summed over those interactions.',
  stories: 'Stories told, summed over those interactions.',

  'habits.thankYou': 'Habit 6, send a thank-you note: first meetings followed by the person’s note.',
  'thankYou.score': 'The share of first meetings followed by a note within `withinDays` days, from 0 to 100; null without a first meeting.',
  firstMeetings:
    'First-ever in-person or video meetings with someone, initiated by the person in the window (those still awaiting a note left out).',
  followedByNote: 'Of those, the ones followed by the person’s thank-you note to that someone within `withinDays` days.',
  'thankYou.handwritten': 'Of those followed by a note, the ones with at least one handwritten note.',
  handwrittenShare: '100 · handwritten / followedByNote; null when no first meeting was followed by a note.',
  awaitingNote: 'First meetings whose days for a note are still running at the instant, with no note yet: counted neither way.',
  withinDays: 'How many days after a first meeting a note may follow and count (7).',
  'feedbackRequests.response.items':
    'Interactions someone else started with the person in the last `withinDays` days, not yet answered or disputed, newest first.',
  'feedbackRequests.response.withinDays': 'For how many days after an interaction its counterparts are asked (30).',
  'items.initiatorId': 'The id of the person who started the interaction, whom the answer is about.',
  'feedbackRequests.response.items.occurredAt': 'When the interaction took place (ISO 8601).',
  'feedbackRequests.response.items.kind':
    'What kind of interaction it was (one-to-one, coffee, meal, mentoring, group, other), when recorded.',
  'items.confirmed': 'Whether the person has already confirmed that the interaction happened as recorded.',
  'dismissFeedbackRequest.path.interactionId':
    'The interaction whose question to dismiss (a UUID): one someone else started with the person, not retracted.',
  'dismissFeedbackRequest.response.streamId': 'The person’s stream, `person-<id>`, where the dismissal is recorded.',
  'dismissFeedbackRequest.response.eventIds':
    'The id of the FeedbackRequestDismissed event recorded; empty when the question had already been dismissed, answered or disputed (nothing recorded).',
  'targets.list': 'Each networking target on the person’s list with the strength of their tie as of the instant, strongest first.',
  'list.targetId': 'The id of the person listed as a target.',
  'list.strength': 'The strength of the tie to that person as of the instant (0–100); the target counts as reached from `threshold`.',
  'thankYou.awaiting': 'The first meetings still awaiting a note, soonest due first: the list a person thanks from.',
  'awaiting.counterpartId': 'The id of the person met for the first time, whom the note would thank.',
  'awaiting.interactionId': 'The id of that first meeting (an interaction).',
  metAt: 'When the first meeting took place (ISO 8601).',
  noteDueBy: 'The last instant a note still counts for the habit: the meeting plus `withinDays` days (ISO 8601).',
};
