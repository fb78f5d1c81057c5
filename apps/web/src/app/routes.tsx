/**
 * Every page is its own chunk (route.lazy): the first load carries the shell, the router, Apollo and i18n only.
 */
import { createBrowserRouter } from 'react-router';
import { AppLoading, Layout } from './Layout';
import { dashboardLoader, scorecardLoader } from './loaders';
import { RouteError } from './RouteError';

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: AppLoading,
    children: [
      { index: true, loader: dashboardLoader, lazy: page(() => import('../features/dashboard/DashboardPage')) },
      { path: 'agencies/:slug', loader: scorecardLoader, lazy: page(() => import('../features/agency/AgencyPage')) },
      { path: 'agencies/:slug/report', lazy: page(() => import('../features/report/ReportPage')) },
      { path: 'review', lazy: page(() => import('../features/review/ReviewQueuePage')) },
      { path: 'evidence/:evidenceId', lazy: page(() => import('../features/evidence/EvidencePage')) },
      { path: 'import', lazy: page(() => import('../features/import/ImportPage')) },
      { path: 'admin/agencies', lazy: page(() => import('../features/admin/AgenciesAdminPage')) },
      { path: 'admin/tokens', lazy: page(() => import('../features/admin/TokensAdminPage')) },
      { path: 'sign-in', lazy: page(() => import('../features/auth/SignInPage')) },
      { path: '*', lazy: page(() => import('./NotFound')) },
    ],
  },
]);
