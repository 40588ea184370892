import { z } from 'zod';
import { asOfQuery, commandResult, pageQuery } from './common';
import {
  cohortIdParams,
  cohortList,
  cohortParticipantParams,
  cohortView,
  createCohortRequest,
  createProgramRequest,
  enrolParticipantRequest,
  listCohortsQuery,
  programList,
  updateCohortRequest,
} from './cohorts';
import { cohortParticipantsResponse, cohortSeriesResponse, cohortSummaryResponse } from './cohort-analytics';
import { exportList, managerDashboardResponse, managerIdParams, reportQuery } from './manager-dashboard';
import { admin, capabilityRoutes } from './route-contract';

/** A manager only for their own person id; an admin for any manager. */
const ownManagerOrAdmin = { kind: 'roles', roles: ['admin', 'manager'], self: true } as const;
/** A report download: the report of one cohort or manager in the format asked for, recorded as exported. */
const reportDownload = {
  method: 'get',
  tag: 'reports',
  params: z.object({ id: z.uuid().toLowerCase(), format: z.enum(['csv', 'xlsx', 'pdf']) }),
  query: reportQuery,
  success: {
    status: 200,
    schema: z.string().describe('the report file'),
    mediaTypes: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'],
    description: 'The report file; the export is recorded as ReportExported',
  },
} as const;

/** Programmes, cohorts, manager analytics and reports (SPEC §6.6); spread into the route registry. */
export const cohortRoutes = capabilityRoutes('cohorts', {
  createProgram: {
    method: 'post',
    path: '/v1/programs',
    summary: 'Create a leadership programme',
    access: admin,
    body: createProgramRequest,
    command: true,
    success: { status: 201, schema: commandResult, description: 'ProgramCreated appended' },
  },
  listPrograms: {
    method: 'get',
    path: '/v1/programs',
    summary: 'List programmes',
    access: admin,
    query: pageQuery,
    success: { status: 200, schema: programList, description: 'A page of programmes' },
  },
  createCohort: {
    method: 'post',
    path: '/v1/cohorts',
    summary: 'Create a cohort of a programme',
    access: admin,
    body: createCohortRequest,
    command: true,
    success: { status: 201, schema: commandResult, description: 'CohortCreated appended' },
  },
  listCohorts: {
    method: 'get',
    path: '/v1/cohorts',
    summary: 'List cohorts',
    access: admin,
    query: listCohortsQuery,
    success: { status: 200, schema: cohortList, description: 'A page of cohorts' },
  },
  cohort: {
    method: 'get',
    path: '/v1/cohorts/{id}',
    summary: 'A cohort with its participants',
    access: admin,
    params: cohortIdParams,
    success: { status: 200, schema: cohortView, description: 'The cohort' },
  },
  updateCohort: {
    method: 'patch',
    path: '/v1/cohorts/{id}',
    summary: 'Change a cohort (optimistic concurrency: expectedVersion)',
    access: admin,
    params: cohortIdParams,
    body: updateCohortRequest,
    command: true,
    success: { status: 200, schema: commandResult, description: 'CohortUpdated appended' },
  },
  enrolParticipant: {
    method: 'post',
    path: '/v1/cohorts/{id}/participants',
    summary: 'Enrol a person in a cohort',
    access: admin,
    params: cohortIdParams,
    body: enrolParticipantRequest,
    command: true,
    success: { status: 201, schema: commandResult, description: 'ParticipantEnrolled appended' },
  },
  withdrawParticipant: {
    method: 'delete',
    path: '/v1/cohorts/{id}/participants/{personId}',
    summary: 'Withdraw a person from a cohort',
    access: admin,
    params: cohortParticipantParams,
    command: true,
    success: { status: 200, schema: commandResult, description: 'ParticipantWithdrawn appended' },
  },
  cohortSummary: {
    method: 'get',
    path: '/v1/cohorts/{id}/summary',
    summary: 'A cohort’s metrics at its start and as of T (SPEC §6.6)',
    access: admin,
    params: cohortIdParams,
    query: asOfQuery,
    success: {
      status: 200,
      schema: cohortSummaryResponse,
      description: 'Median, quartiles, change and improvement per metric; the internal network',
    },
  },
  cohortParticipants: {
    method: 'get',
    path: '/v1/cohorts/{id}/participants',
    summary: 'Every participant’s metrics at the cohort start and as of T',
    access: admin,
    params: cohortIdParams,
    query: asOfQuery,
    success: { status: 200, schema: cohortParticipantsResponse, description: 'Baseline, current and change per participant' },
  },
  cohortSeries: {
    method: 'get',
    path: '/v1/cohorts/{id}/series',
    summary: 'A cohort’s weekly metric distributions from its start to T',
    access: admin,
    params: cohortIdParams,
    query: asOfQuery,
    success: { status: 200, schema: cohortSeriesResponse, description: 'One point per week' },
  },
  cohortReport: {
    ...reportDownload,
    path: '/v1/cohorts/{id}/report.{format}',
    summary: 'Export a cohort report (CSV, XLSX or PDF)',
    access: admin,
  },
  managerDashboard: {
    method: 'get',
    path: '/v1/managers/{id}/dashboard',
    summary: 'Aggregates over a manager’s reporting subtree, k-anonymous',
    tag: 'managers',
    access: ownManagerOrAdmin,
    params: managerIdParams,
    query: asOfQuery,
    success: { status: 200, schema: managerDashboardResponse, description: 'Figures over at least k people; withheld cells say so' },
  },
  managerReport: {
    ...reportDownload,
    path: '/v1/managers/{id}/report.{format}',
    summary: 'Export a manager report (aggregates only, k-anonymous)',
    access: ownManagerOrAdmin,
  },
  listExports: {
    method: 'get',
    path: '/v1/exports',
    summary: 'Every report exported, newest first',
    tag: 'reports',
    access: admin,
    query: pageQuery,
    success: { status: 200, schema: exportList, description: 'A page of exports' },
  },
});
