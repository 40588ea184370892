import type { FieldDescriptions } from './describe-fields';
import { cohortFields } from './field-descriptions/cohort-fields';
import { commonFields } from './field-descriptions/common-fields';
import { habitFields } from './field-descriptions/habit-fields';
import { interactionFields } from './field-descriptions/interaction-fields';
import { introductionRequestFields } from './field-descriptions/introduction-request-fields';
import { managerFields } from './field-descriptions/manager-fields';
import { networkFields } from './field-descriptions/network-fields';
import { operationsFields } from './field-descriptions/operations-fields';
import { peopleFields } from './field-descriptions/people-fields';
import { relationshipFields } from './field-descriptions/relationship-fields';

/**
 * What every field of the OpenAPI document means, in the product's words, one file per
 * concept; keys as `describe-fields.ts` reads them. A description a zod schema carries
 * (`.describe()`, `.meta({ description })`) wins over these. A new field without an entry,
 * or an entry no field uses, fails `describe-fields.spec.ts`.
 */
export const fieldDescriptionsByConcept = {
  common: commonFields,
  people: peopleFields,
  interactions: interactionFields,
  relationships: relationshipFields,
  network: networkFields,
  habits: habitFields,
  introductionRequests: introductionRequestFields,
  cohorts: cohortFields,
  managers: managerFields,
  operations: operationsFields,
} as const satisfies Record<string, FieldDescriptions>;

export const fieldDescriptions: FieldDescriptions = Object.assign({}, ...Object.values(fieldDescriptionsByConcept));
