import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type RouteComponent,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '@rapport/contracts';
import { asOfSearchParams } from '../lib/as-of';
import { readSession } from '../lib/session';
import { homeOf } from '../lib/home-of';
import { CrashScreen } from '../components/errors/crash-screen';
import { NotFoundScreen } from '../components/errors/not-found-screen';
import { SignInCallbackScreen } from '../features/auth/routes/sign-in-callback-screen';
import { SignInScreen } from '../features/auth/routes/sign-in-screen';
import { SignedInLayout } from './layout/signed-in-layout';

function requireRole(...roles: Role[]) {
  return () => {
    const session = readSession();
    if (!session) throw redirect({ to: '/sign-in' });
    if (!roles.includes(session.role)) throw redirect(homeOf(session));
  };
}

// Screens load on demand: the graph (sigma) and chart (ECharts) code only when a screen needs it.
const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet, notFoundComponent: NotFoundScreen });

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sign-in', component: SignInScreen });

// The organisation's identity provider sends the browser back here (register <origin>/sign-in/callback).
const signInCallbackRoute = createRoute({ getParentRoute: () => rootRoute, path: '/sign-in/callback', component: SignInCallbackScreen });

// Every signed-in screen reads `?asOf=` (the day metrics are computed as of) and keeps it on every link.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  ...asOfSearchParams,
  beforeLoad: requireRole('admin', 'manager', 'participant'),
  component: SignedInLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    const session = readSession();
    throw redirect(session ? homeOf(session) : { to: '/sign-in' });
  },
});

/** A signed-in screen for some roles only: the `screen` export of the module `load` imports, loaded when first needed. */
function screenRoute<TPath extends string, TScreen extends string>(
  path: TPath,
  roles: Role[],
  load: () => Promise<Record<TScreen, RouteComponent>>,
  screen: TScreen,
) {
  return createRoute({
    getParentRoute: () => appRoute,
    path,
    beforeLoad: requireRole(...roles),
    component: lazyRouteComponent(load, screen),
  });
}

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  beforeLoad: ({ params }) => {
    const session = readSession();
    if (!session) throw redirect({ to: '/sign-in' });
    // A participant or a manager sees only their own network (SPEC §2: of their reports, a manager sees aggregates only).
    if (session.role !== 'admin' && session.personId !== params.personId) throw redirect(homeOf(session));
  },
  component: lazyRouteComponent(() => import('../features/people/routes/person-screen'), 'PersonScreen'),
});

const peopleRoute = screenRoute('/people', ['admin'], () => import('../features/people/routes/people-screen'), 'PeopleScreen');
const teamRoute = screenRoute('/team', ['manager'], () => import('../features/team/routes/team-dashboard-screen'), 'TeamRoute');
const cohortsRoute = screenRoute('/cohorts', ['admin'], () => import('../features/cohorts/routes/cohorts-screen'), 'CohortsScreen');
const cohortRoute = screenRoute('/cohorts/$cohortId', ['admin'], () => import('../features/cohorts/routes/cohort-screen'), 'CohortRoute');
const organisationRoute = screenRoute(
  '/organisation',
  ['admin'],
  () => import('../features/organisation/routes/organisation-screen'),
  'OrganisationScreen',
);
const operationsRoute = screenRoute(
  '/operations',
  ['admin'],
  () => import('../features/operations/routes/operations-screen'),
  'OperationsScreen',
);

// Every role reads the same glossary of metric terms.
const glossaryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/glossary',
  component: lazyRouteComponent(() => import('../features/glossary/routes/glossary-screen'), 'GlossaryScreen'),
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
