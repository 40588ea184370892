import { z } from 'zod';
import { logInteractionBatchRequest, logInteractionBatchResponse, logInteractionRequest, logInteractionResponse } from './interactions';
import {
  correctInteractionRequest,
  counterpartFeedbackRequest,
  confirmInteractionRequest,
  disputeInteractionRequest,
  interactionCommandResult,
  interactionIdParams,
  retractInteractionRequest,
} from './interaction-lifecycle';
import { giveHelpRequest, makeIntroductionRequest, sendThankYouNoteRequest, signalResult } from './signals';
import { admin, capabilityRoutes, signedIn } from './route-contract';

/**
 * Anyone who takes part in networking: a participant, a manager (a participant too, for
 * their own interactions and signals) or an admin recording on someone's behalf. The
 * domain checks that whoever sends a command is in what it records.
 */
const takesPart = signedIn;

/** Interactions and the signals around them (help, introductions, thank-you notes). */
export const interactionsRoutes = capabilityRoutes('interactions', {
  logInteraction: {
    method: 'post',
    path: '/v1/interactions',
    summary: 'Log an interaction you took part in; you are its author (an admin may record on behalf of a participant)',
    access: takesPart,
    body: logInteractionRequest,
    command: true,
    success: { status: 201, schema: logInteractionResponse, description: 'InteractionLogged recorded' },
  },
  logInteractionBatch: {
    method: 'post',
    path: '/v1/interactions/batch',
    summary: 'Log up to 1,000 interactions at once (all or nothing)',
    access: admin,
    body: logInteractionBatchRequest,
    command: true,
    success: { status: 201, schema: logInteractionBatchResponse, description: 'Every interaction recorded' },
  },
  correctInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/corrections',
    summary: 'Correct an interaction: the full corrected interaction replaces what was logged (whoever recorded it, or an admin)',
    access: takesPart,
    params: interactionIdParams,
    body: correctInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionCorrected recorded' },
  },
  interactionNote: {
    method: 'get',
    path: '/v1/interactions/{id}/note',
    summary:
      'The private note of an interaction: only its author (whoever recorded it) reads it; never an admin, nor a manager about anyone else',
    access: { kind: 'roles', roles: ['manager', 'participant'] },
    params: interactionIdParams,
    success: {
      status: 200,
      schema: z.object({ interactionId: z.uuid().toLowerCase(), note: z.string().nullable() }),
      description: 'The note, or null when there is none',
    },
  },
  retractInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/retraction',
    summary: 'Retract an interaction: it never counts again (whoever recorded it, or an admin)',
    access: takesPart,
    params: interactionIdParams,
    body: retractInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionRetracted recorded' },
  },
  confirmInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/confirmation',
    summary: 'Confirm an interaction as a counterpart (a participant other than whoever recorded it)',
    access: takesPart,
    params: interactionIdParams,
    body: confirmInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionConfirmed recorded' },
  },
  disputeInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/dispute',
    summary: 'Dispute an interaction as a counterpart (a participant other than whoever recorded it)',
    access: takesPart,
    params: interactionIdParams,
    body: disputeInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionDisputed recorded' },
  },
  giveCounterpartFeedback: {
    method: 'post',
    path: '/v1/interactions/{id}/feedback',
    summary: 'Say how heard you felt by the initiator, 1–5 (a participant other than the initiator, once)',
    access: takesPart,
    params: interactionIdParams,
    body: counterpartFeedbackRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'CounterpartFeedbackGiven recorded' },
  },
  giveHelp: {
    method: 'post',
    path: '/v1/help',
    summary: 'Record help given (the giver, or an admin)',
    tag: 'signals',
    access: takesPart,
    body: giveHelpRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'HelpGiven recorded on the giver’s stream' },
  },
  makeIntroduction: {
    method: 'post',
    path: '/v1/introductions',
    summary: 'Record an introduction (the introducer, or an admin)',
    tag: 'signals',
    access: takesPart,
    body: makeIntroductionRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'IntroductionMade recorded on the introducer’s stream' },
  },
  sendThankYouNote: {
    method: 'post',
    path: '/v1/thank-you-notes',
    summary: 'Record a thank-you note (the sender, or an admin)',
    tag: 'signals',
    access: takesPart,
    body: sendThankYouNoteRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'ThankYouNoteSent recorded on the sender’s stream' },
  },
});
