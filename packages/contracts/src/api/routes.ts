import { cohortRoutes } from './cohort-routes';
import { departmentRoutes } from './department-routes';
import { feedbackRequestRoutes } from './feedback-requests';
import { interactionsRoutes } from './interactions-routes';
import { introductionRequestRoutes } from './introduction-requests';
import { metricsRoutes } from './metrics-routes';
import { operationsRoutes } from './operations-routes';
import { peopleRoutes } from './people-routes';
import type { RouteContract } from './route-contract';

export type { Access, RouteContract } from './route-contract';

/**
 * Every HTTP route of the event-service, in one place: validation, OpenAPI and access
 * rules come from here. Each capability declares its own routes beside this file.
 */
export const routes = {
  ...operationsRoutes,
  ...peopleRoutes,
  ...interactionsRoutes,
  ...metricsRoutes,
  ...cohortRoutes,
  ...departmentRoutes,
  ...feedbackRequestRoutes,
  ...introductionRequestRoutes,
} as const satisfies Record<string, RouteContract>;

export type RouteName = keyof typeof routes;
