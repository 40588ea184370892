import { z } from 'zod';
import { commandResult, personIdParams } from './common';
import {
  colleagueDirectoryPage,
  colleagueDirectoryQuery,
  listPeopleQuery,
  personView,
  registerPersonRequest,
  registerPersonResponse,
  registerPeopleBatchRequest,
  registerPeopleBatchResponse,
  updateProfileRequest,
} from './people';
import { addTargetRequest, signalResult, targetParams } from './signals';
import { type RouteContract, admin, selfOrAdmin } from './route-contract';

/** Anyone signed in, whatever their role. */
const signedIn = { kind: 'roles', roles: ['admin', 'manager', 'participant'] } as const;

/** People and their networking targets. */
export const peopleRoutes = {
  registerPerson: {
    method: 'post',
    path: '/v1/people',
    summary: 'Register a person',
    tag: 'people',
    access: admin,
    body: registerPersonRequest,
    command: true,
    success: { status: 201, schema: registerPersonResponse, description: 'PersonRegistered recorded' },
  },
  registerPeopleBatch: {
    method: 'post',
    path: '/v1/people/batch',
    summary: 'Register up to 1,000 people at once (all or nothing; a manager may be registered in the same batch)',
    tag: 'people',
    access: admin,
    body: registerPeopleBatchRequest,
    command: true,
    success: { status: 201, schema: registerPeopleBatchResponse, description: 'Every person registered' },
  },
  listPeople: {
    method: 'get',
    path: '/v1/people',
    summary: 'List people',
    tag: 'people',
    access: admin,
    query: listPeopleQuery,
    success: {
      status: 200,
      schema: z.object({ items: z.array(personView), nextCursor: z.string().nullable() }),
      description: 'A page of people',
    },
  },
  colleagueDirectory: {
    method: 'get',
    path: '/v1/people/directory',
    summary: 'Find colleagues by name, department or function (name, department and function only; erased people never listed)',
    tag: 'people',
    access: signedIn,
    query: colleagueDirectoryQuery,
    success: { status: 200, schema: colleagueDirectoryPage, description: 'A page of colleagues, sorted by name' },
  },
  getPerson: {
    method: 'get',
    path: '/v1/people/{id}',
    summary: 'A person’s profile',
    tag: 'people',
    access: selfOrAdmin,
    params: personIdParams,
    success: { status: 200, schema: personView, description: 'The person' },
    problems: { 404: 'No person has this id', 410: 'The person has been erased: nothing about them is shown' },
  },
  updateProfile: {
    method: 'patch',
    path: '/v1/people/{id}',
    summary: 'Update a person’s profile (optimistic concurrency: expectedVersion)',
    tag: 'people',
    access: admin,
    params: personIdParams,
    body: updateProfileRequest,
    command: true,
    success: { status: 200, schema: commandResult, description: 'PersonProfileUpdated recorded' },
  },
  erasePerson: {
    method: 'delete',
    path: '/v1/people/{id}',
    summary: 'Erase a person: destroy their data key (crypto-shredding); they remain only as an anonymous node',
    tag: 'people',
    access: admin,
    params: personIdParams,
    command: true,
    success: { status: 200, schema: commandResult, description: 'PersonErased recorded and the key destroyed' },
    problems: { 404: 'No person has this id', 410: 'The person has already been erased' },
  },
  addNetworkingTarget: {
    method: 'post',
    path: '/v1/people/{id}/targets',
    summary: 'Put someone on a person’s networking target list',
    tag: 'signals',
    access: selfOrAdmin,
    params: personIdParams,
    body: addTargetRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'NetworkingTargetAdded recorded' },
  },
  removeNetworkingTarget: {
    method: 'delete',
    path: '/v1/people/{id}/targets/{targetId}',
    summary: 'Take someone off a person’s networking target list',
    tag: 'signals',
    access: selfOrAdmin,
    params: targetParams,
    command: true,
    success: { status: 200, schema: signalResult, description: 'NetworkingTargetRemoved recorded' },
  },
} as const satisfies Record<string, RouteContract>;
