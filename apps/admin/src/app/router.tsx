import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '@rapport/contracts';
import { asOfSearchParams } from '../lib/as-of';
import { readSession } from '../lib/session';
import { homeOf } from './home-of';
import { CrashScreen } from './routes/crash-screen';
import { NotFoundScreen } from './routes/not-found-screen';
import { SignInCallbackRoute } from './routes/sign-in-callback-route';
import { SignInRoute } from './routes/sign-in-route';
import { SignedInRoute } from './routes/signed-in-route';

function requireRole(...roles: Role[]) {
  return () => {
    const session = readSession();
    if (!session) throw redirect({ to: '/sign-in' });
    if (!roles.includes(session.role)) throw redirect(homeOf(session));
  };
}

// Screens load on demand: the graph (sigma) and chart (ECharts) code only when a screen needs it.
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet, notFoundComponent: NotFoundScreen });

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sign-in', component: SignInRoute });

// The organisation's identity provider sends the browser back here (register <origin>/sign-in/callback).
const signInCallbackRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sign-in/callback', component: SignInCallbackRoute });

// Every signed-in screen reads `?asOf=` (the day metrics are computed as of) and keeps it on every link.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  ...asOfSearchParams,
  beforeLoad: requireRole('admin', 'manager', 'participant'),
  component: SignedInRoute,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    const session = readSession();
    throw redirect(session ? homeOf(session) : { to: '/sign-in' });
  },
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  beforeLoad: requireRole('admin'),
  component: lazyRouteComponent(() => import('./routes/people-route'), 'PeopleRoute'),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  beforeLoad: ({ params }) => {
    const session = readSession();
    if (!session) throw redirect({ to: '/sign-in' });
    // A participant or a manager sees only their own network (SPEC §2: of their reports, a manager sees aggregates only).
    if (session.role !== 'admin' && session.personId !== params.personId) throw redirect(homeOf(session));
  },
  component: lazyRouteComponent(() => import('./routes/person-route'), 'PersonRoute'),
});

const teamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  beforeLoad: requireRole('manager'),
  component: lazyRouteComponent(() => import('./routes/team-route'), 'TeamRoute'),
});

const cohortsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cohorts',
  beforeLoad: requireRole('admin'),
  component: lazyRouteComponent(() => import('./routes/cohorts-route'), 'CohortsRoute'),
});

const cohortRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cohorts/$cohortId',
  beforeLoad: requireRole('admin'),
  component: lazyRouteComponent(() => import('./routes/cohort-route'), 'CohortRoute'),
});

const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organisation',
  beforeLoad: requireRole('admin'),
  component: lazyRouteComponent(() => import('./routes/organisation-route'), 'OrganisationRoute'),
});

const operationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/operations',
  beforeLoad: requireRole('admin'),
  component: lazyRouteComponent(() => import('./routes/operations-route'), 'OperationsRoute'),
});

// Every role reads the same glossary of metric terms.
const glossaryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/glossary',
  component: lazyRouteComponent(() => import('./routes/glossary-route'), 'GlossaryRoute'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signInCallbackRoute,
  appRoute.addChildren([
    homeRoute,
    peopleRoute,
    personRoute,
    teamRoute,
    cohortsRoute,
    cohortRoute,
    organisationRoute,
    operationsRoute,
    glossaryRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', defaultErrorComponent: CrashScreen });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
