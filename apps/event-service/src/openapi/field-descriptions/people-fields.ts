import type { FieldDescriptions } from '../describe-fields';

const personVersion =
  'The version of the person’s stream, which a profile update’s `expectedVersion` must match; the help they give, introductions they make, notes they send and changes to their targets raise it too.';
const newPersonId = 'The new person’s id (a UUID); generated when omitted, e.g. to keep the id an HR system already uses.';

/** People: their profile, the directory, registration and networking targets (SPEC §5, PersonRegistered). */
export const peopleFields: FieldDescriptions = {
  personId: 'The person’s id (a UUID).',
  'registerPerson.body.personId': newPersonId,
  'registerPeopleBatch.body.people.personId': newPersonId,
  'registerPerson.response.personId': 'The registered person’s id: the one given, or the one generated.',
  'registerPeopleBatch.response.people.personId': 'The registered person’s id: the one given, or the one generated.',
  eventId: 'The id of the event that recorded it (UUIDv7).',

  displayName: 'The person’s name, as colleagues see it (personal data: sealed at rest, unreadable once the person is erased).',
  email: 'The person’s work e-mail address (personal data: sealed at rest, unreadable once the person is erased).',
  department: 'The department the person works in: a category of network diversity and of a manager’s breakdown.',
  function: 'The person’s professional function, e.g. Engineering or Sales: a category of network diversity.',
  location: 'Where the person is based, e.g. a city or a site: a category of network diversity.',
  seniority: 'The person’s seniority level, from 1 (entry) to 6 (executive): a category of network diversity, not a number.',
  expertise: 'The person’s expertise tags (at most 20): they count towards diversity and towards colleagues’ expertise coverage.',
  managerId:
    'The person’s manager (a registered person’s id), or null at the top of the organisation: reporting lines define every manager’s subtree.',
  'updateProfile.body.managerId': 'The person’s new manager (a registered person’s id), or null to leave them without one.',
  registeredAt: 'When the person was registered (ISO 8601).',
  'getPerson.response.version': personVersion,
  'listPeople.response.items.version': personVersion,

  'listPeople.query.department': 'Only people in this department (exact match).',
  'listPeople.query.email':
    'Only the person with this e-mail address (exact match, case-insensitive): how an import finds the person an HR export names.',
  'listPeople.response.items': 'The people on this page, in the order of their ids.',
  'colleagueDirectory.response.items': 'The colleagues on this page, sorted by name; erased people are never listed.',
  'registerPeopleBatch.body.people':
    'The people to register (1 to 1,000), validated together: one invalid person registers nobody. A manager may be registered in the same batch.',
  'registerPeopleBatch.response.people': 'One entry per person registered, in the order they were sent.',

  'addNetworkingTarget.body.targetId': 'The person to put on the target list (a registered person’s id, not the person themselves).',
  'removeNetworkingTarget.path.targetId': 'The person to take off the target list (a UUID).',
};
