import { Button, Result } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate, useLocation, useNavigate } from 'react-router';
import type { Role } from '../../shared/dictionaries';
import { FullPageSpin } from '../components/FullPageSpin';
import { access, hasRole, useAuth } from './auth';
import { features } from './features';
import { useT } from './i18n';
import { AppLayout } from './layout/AppLayout';

// Each page is its own chunk, loaded when first opened, so the entry bundle stays small.
const LoginPage = lazy(() => import('../pages/Login/LoginPage'));
const HomePage = lazy(() => import('../pages/Home/HomePage'));
const RegionsPage = lazy(() => import('../pages/Regions/RegionsPage'));
const UsersPage = lazy(() => import('../pages/Users/UsersPage'));
const AuditPage = lazy(() => import('../pages/Audit/AuditPage'));
const ChangePasswordPage = lazy(() => import('../pages/Password/ChangePasswordPage'));
const NotFoundPage = lazy(() => import('../pages/NotFound/NotFoundPage'));
// The anonymous survey (issue 13, P21.5-voices): a public page, no session.
const SurveyPage = lazy(() => import('../pages/Survey/SurveyPage'));

function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session } = useAuth();
  const { t } = useT();
  const navigate = useNavigate();
  if (!hasRole(session, ...roles)) {
    return (
      <Result
        status="403"
        title="403"
        subTitle={t('common.forbidden')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    );
  }
  return children;
}

const page = (node: ReactNode) => <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  { path: '/survey', element: page(<SurveyPage />) },
  { path: '/survey/:code', element: page(<SurveyPage />) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: page(<HomePage />) },
      { path: 'regions', element: page(<RegionsPage />) },
      { path: 'users', element: page(<RequireRole roles={access.users}>{<UsersPage />}</RequireRole>) },
      { path: 'audit', element: page(<RequireRole roles={access.audit}>{<AuditPage />}</RequireRole>) },
      { path: 'password', element: page(<ChangePasswordPage />) },
      ...features.map((f) => ({
        path: f.path,
        element: page(f.roles ? <RequireRole roles={f.roles}>{f.element}</RequireRole> : f.element),
      })),
      { path: '*', element: page(<NotFoundPage />) },
    ],
  },
]);
