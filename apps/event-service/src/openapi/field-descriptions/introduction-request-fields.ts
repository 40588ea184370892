import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

const requestItem: FieldDescriptions = {
  requestId: 'The id of the introduction request.',
  requesterId: 'The id of the person who asked to be introduced.',
  requesterName: 'The name of the person who asked to be introduced (“Erased person” once erased).',
  introducerId: 'The id of the person asked to make the introduction.',
  introducerName: 'The name of the person asked to make the introduction (“Erased person” once erased).',
  targetId: 'The id of the person the requester wants to meet.',
  targetName: 'The name of the person the requester wants to meet (“Erased person” once erased).',
  note: 'The requester’s note to the introducer, shown to those two only; null without one, for anyone else, or once someone involved was erased.',
  status: 'Where the request stands: open (waiting for the introducer), made (the introduction was made) or declined.',
  requestedAt: 'When the introduction was asked for (ISO 8601).',
  answeredAt: 'When the introducer answered (ISO 8601); null while the request is open.',
  why: 'Why this person can make the introduction: their tie now to each of the two people; null in the list of the person’s own requests.',
  'why.strengthToRequester': 'The strength now of the introducer’s tie to the requester (0–100; 0 without a tie).',
  'why.strengthToTarget': 'The strength now of the introducer’s tie to the person to meet (0–100; 0 without a tie).',
  'why.sentence':
    'Both ties in words and figures, seen from the introducer: “you and Ana: strong tie, 62; you and Bruno: developing tie, 34”.',
};

/** Introductions on request (habit 2): asking, answering, and the two lists a person sees. */
export const introductionRequestFields: FieldDescriptions = {
  'requestIntroduction.body.requestId': 'An id for the new request (a UUID); one is assigned when left out.',
  'requestIntroduction.body.requesterId':
    'Who asks to be introduced: left out, the signed-in person; an admin names the person they ask on behalf of.',
  'requestIntroduction.body.introducerId': 'The person asked to make the introduction: someone who knows both sides.',
  'requestIntroduction.body.targetId': 'The person the requester wants to meet.',
  'requestIntroduction.body.note': 'An optional line to the introducer (up to 500 characters), sealed with the requester’s key.',
  'requestIntroduction.response.requestId': 'The id of the request recorded.',
  'answerIntroductionRequest.path.id': 'The id of the introduction request to answer.',
  'answerIntroductionRequest.body.answer':
    '“made”: the introduction was made (IntroductionMade is recorded too, crediting the introducer); “declined”.',
  'answerIntroductionRequest.response.requestId': 'The id of the request answered.',
  'introductionRequests.response.waitingForMe':
    'Open requests asking this person to make an introduction, the longest waiting first (at most 50).',
  'introductionRequests.response.myRequests': 'Requests this person made, newest first, with where each stands (at most 50).',
  ...fieldsUnder(['introductionRequests.response.waitingForMe', 'introductionRequests.response.myRequests'], requestItem),
};
