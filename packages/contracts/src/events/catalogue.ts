import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { personRegisteredV1 } from './person-registered.v1';
import { interactionLoggedV1 } from './interaction-logged.v1';
import { personProfileUpdatedV1 } from './person-profile-updated.v1';
import { interactionCorrectedV1 } from './interaction-corrected.v1';
import { interactionRetractedV1 } from './interaction-retracted.v1';
import { interactionConfirmedV1 } from './interaction-confirmed.v1';
import { interactionDisputedV1 } from './interaction-disputed.v1';
import { counterpartFeedbackGivenV1 } from './counterpart-feedback-given.v1';
import { helpGivenV1 } from './help-given.v1';
import { introductionMadeV1 } from './introduction-made.v1';
import { thankYouNoteSentV1 } from './thank-you-note-sent.v1';
import { networkingTargetAddedV1 } from './networking-target-added.v1';
import { networkingTargetRemovedV1 } from './networking-target-removed.v1';
import { feedbackRequestDismissedV1 } from './feedback-request-dismissed.v1';
import { introductionRequestedV1 } from './introduction-requested.v1';
import { introductionRequestAnsweredV1 } from './introduction-request-answered.v1';
import { programCreatedV1 } from './program-created.v1';
import { cohortCreatedV1 } from './cohort-created.v1';
import { cohortUpdatedV1 } from './cohort-updated.v1';
import { participantEnrolledV1 } from './participant-enrolled.v1';
import { participantWithdrawnV1 } from './participant-withdrawn.v1';
import { reportExportedV1 } from './report-exported.v1';
import { personErasedV1 } from './person-erased.v1';
import {
  interactionCorrectedV2,
  interactionDisputedV2,
  interactionLoggedV2,
  interactionRetractedV2,
  liftToSealedVersion,
  personProfileUpdatedV2,
  personRegisteredV2,
} from './sealed-versions.v2';
import { authoredByInitiator, interactionCorrectedV3, interactionLoggedV3 } from './authored-versions.v3';

/** An event type published in one version. */
const inOneVersion = <V1 extends z.ZodType>(v1: V1) => ({ latest: 1, versions: { 1: v1 }, upcasters: {} }) as const;

/** Version 2 seals the personal text that version 1 kept in the clear; version 1 data is lifted as it is. */
const sealedInVersion2 = <V1 extends z.ZodType, V2 extends z.ZodType>(v1: V1, v2: V2) =>
  ({ latest: 2, versions: { 1: v1, 2: v2 }, upcasters: { 1: liftToSealedVersion } }) as const;

/** Sealed in version 2, and version 3 names the record's author (the initiator, for older versions). */
const authoredInVersion3 = <V1 extends z.ZodType, V2 extends z.ZodType, V3 extends z.ZodType>(v1: V1, v2: V2, v3: V3) =>
  ({ latest: 3, versions: { 1: v1, 2: v2, 3: v3 }, upcasters: { 1: liftToSealedVersion, 2: authoredByInitiator } }) as const;

/**
 * Every published event type, each version's schema, and the upcasters that lift
 * an old version to the latest. A published schema never changes (SPEC §5).
 */
export const eventCatalogue = {
  PersonRegistered: sealedInVersion2(personRegisteredV1, personRegisteredV2),
  PersonProfileUpdated: sealedInVersion2(personProfileUpdatedV1, personProfileUpdatedV2),
  PersonErased: inOneVersion(personErasedV1),
  InteractionLogged: authoredInVersion3(interactionLoggedV1, interactionLoggedV2, interactionLoggedV3),
  InteractionCorrected: authoredInVersion3(interactionCorrectedV1, interactionCorrectedV2, interactionCorrectedV3),
  InteractionRetracted: sealedInVersion2(interactionRetractedV1, interactionRetractedV2),
  InteractionConfirmed: inOneVersion(interactionConfirmedV1),
  InteractionDisputed: sealedInVersion2(interactionDisputedV1, interactionDisputedV2),
  CounterpartFeedbackGiven: inOneVersion(counterpartFeedbackGivenV1),
  HelpGiven: inOneVersion(helpGivenV1),
  IntroductionMade: inOneVersion(introductionMadeV1),
  ThankYouNoteSent: inOneVersion(thankYouNoteSentV1),
  NetworkingTargetAdded: inOneVersion(networkingTargetAddedV1),
  NetworkingTargetRemoved: inOneVersion(networkingTargetRemovedV1),
  FeedbackRequestDismissed: inOneVersion(feedbackRequestDismissedV1),
  IntroductionRequested: inOneVersion(introductionRequestedV1),
  IntroductionRequestAnswered: inOneVersion(introductionRequestAnsweredV1),
  ProgramCreated: inOneVersion(programCreatedV1),
  CohortCreated: inOneVersion(cohortCreatedV1),
  CohortUpdated: inOneVersion(cohortUpdatedV1),
  ParticipantEnrolled: inOneVersion(participantEnrolledV1),
  ParticipantWithdrawn: inOneVersion(participantWithdrawnV1),
  ReportExported: inOneVersion(reportExportedV1),
} as const satisfies Record<string, CatalogueEntry>;

interface CatalogueEntry {
  latest: number;
  versions: Record<number, z.ZodType>;
  /** upcasters[v] turns data of version v into version v + 1. */
  upcasters: Record<number, (data: unknown) => unknown>;
}

export type EventType = keyof typeof eventCatalogue;
type LatestSchema<E> = E extends { readonly latest: infer L; readonly versions: infer V } ? (L extends keyof V ? V[L] : never) : never;
export type EventData<T extends EventType> = z.infer<LatestSchema<(typeof eventCatalogue)[T]>>;
/** The schema versions an event type is written in. */
export type EventVersion<T extends EventType> = keyof (typeof eventCatalogue)[T]['versions'] & number;
/** An event's data as version V of its schema has it. */
export type EventDataOf<T extends EventType, V extends EventVersion<T>> = z.infer<(typeof eventCatalogue)[T]['versions'][V]>;

/** A known event in its latest shape: what projections see. */
export type RapportEvent = {
  [T in EventType]: EventEnvelope<EventData<T>> & { readonly type: T };
}[EventType];

export const isEventType = (type: string): type is EventType => Object.hasOwn(eventCatalogue, type);

export class UnknownEventError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnknownEventError';
  }
}

/**
 * Validates an envelope's data against its declared version, then upcasts it to the
 * latest version. Throws UnknownEventError for unknown types/versions or invalid data.
 */
export function toLatest(envelope: EventEnvelope): RapportEvent {
  if (!isEventType(envelope.type)) throw new UnknownEventError(`unknown event type ${envelope.type}`);
  const entry: CatalogueEntry = eventCatalogue[envelope.type];
  const schema = entry.versions[envelope.schemaVersion];
  if (!schema) throw new UnknownEventError(`unknown version ${envelope.schemaVersion} of ${envelope.type}`);
  const parsed = schema.safeParse(envelope.data);
  if (!parsed.success) throw new UnknownEventError(`invalid ${envelope.type} v${envelope.schemaVersion}: ${parsed.error.message}`);
  let data: unknown = parsed.data;
  for (let v = envelope.schemaVersion; v < entry.latest; v++) {
    const upcast = entry.upcasters[v];
    if (!upcast) throw new UnknownEventError(`no upcaster from ${envelope.type} v${v}`);
    data = upcast(data);
  }
  return { ...envelope, schemaVersion: entry.latest, data } as RapportEvent;
}
