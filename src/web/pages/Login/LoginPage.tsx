import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Segmented, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { Lang } from '../../../shared/errors';
import { useSignIn } from '../../api/session';
import { useAuth } from '../../app/auth';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { Emblem } from '../../app/layout/Emblem';
import { brand } from '../../app/theme';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { session, expired, clearExpired } = useAuth();
  const { t, lang, setLang } = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const signIn = useSignIn();
  const from = (location.state as { from?: string } | null)?.from;

  if (session && !signIn.isSuccess) return <Navigate to={from && from !== '/login' ? from : '/'} replace />;

  const onFinish = (values: LoginForm) =>
    signIn.mutate(values, {
      onSuccess: () => {
        clearExpired();
        navigate(from && from !== '/login' ? from : '/', { replace: true });
      },
    });

  const error = signIn.error;
  const locked = isApiError(error) && error.code === 'ACCOUNT_LOCKED';

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 24,
        background: `linear-gradient(160deg, ${brand.navyDeep} 0%, ${brand.navy} 55%, #1d4f8f 100%)`,
        position: 'relative',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 20 }}>
        <Segmented<Lang>
          aria-label={t('nav.language')}
          size="small"
          value={lang}
          onChange={(v) => setLang(v)}
          options={[
            { label: '中文', value: 'zh' },
            { label: 'EN', value: 'en' },
          ]}
        />
      </div>
      <Flex vertical align="center" gap={8} style={{ marginBottom: 24, textAlign: 'center' }}>
        <Emblem size={52} />
        <Typography.Title
          level={1}
          style={{ color: '#fff', margin: '8px 0 0', fontSize: 26, letterSpacing: 2 }}
        >
          {t('app.title')}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.72)' }}>{t('login.subtitle')}</Typography.Text>
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400, borderTop: `4px solid ${brand.red}` }}>
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0, marginBottom: 20 }}>
          {t('login.title')}
        </Typography.Title>
        {expired && !error && (
          <Alert
            type="warning"
            showIcon
            title={t('login.expired')}
            style={{ marginBottom: 16 }}
            role="status"
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={locked ? t('login.locked') : t('login.failed')}
            description={error.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginForm>
          layout="vertical"
          requiredMark={false}
          onFinish={onFinish}
          disabled={signIn.isPending}
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined aria-hidden />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16, marginBottom: 0 }}>
          {t('login.notice')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
