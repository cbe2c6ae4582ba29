import {
  AuditOutlined,
  ClusterOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Flex,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Segmented,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { roleLabels } from '../../../shared/dictionaries';
import type { Lang } from '../../../shared/errors';
import { useSignOut } from '../../api/session';
import { NotificationBell } from '../../components/NotificationBell';
import { ScopeNames, scopeText } from '../../components/ScopeNames';
import { access, hasRole, useSession } from '../auth';
import { features, type MenuGroup, menuGroups } from '../features';
import { useT } from '../i18n';
import { brand } from '../theme';
import { Emblem } from './Emblem';

const { Header, Sider, Content, Footer } = Layout;

/** Side-menu groups from the registered features the user may open, in their order. */
function menuGroupsFor(
  session: ReturnType<typeof useSession>,
  l: (t: { zh: string; en: string }) => string,
): NonNullable<MenuProps['items']> {
  const visible = features.filter((f) => f.menu && (!f.roles || hasRole(session, ...f.roles)));
  return (Object.keys(menuGroups) as MenuGroup[])
    .map((group) => {
      const entries = visible
        .filter((f) => f.menu!.group === group)
        .sort((a, b) => a.menu!.order - b.menu!.order);
      if (entries.length === 0) return null;
      return {
        type: 'group' as const,
        key: `group-${group}`,
        label: l(menuGroups[group]),
        children: entries.map((f) => ({
          key: `/${f.path.split('/')[0]}`,
          icon: f.menu!.icon,
          label: <Link to={`/${f.path}`}>{l(f.menu!.label)}</Link>,
        })),
      };
    })
    .filter((g) => g !== null);
}

export function AppLayout() {
  const session = useSession();
  const { t, l, lang, setLang } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const signOut = useSignOut();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the header keeps what must stay reachable (language, password, sign-out) as icons.
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> },
    { key: '/regions', icon: <ClusterOutlined />, label: <Link to="/regions">{t('nav.regions')}</Link> },
    ...menuGroupsFor(session, l),
    ...(hasRole(session, ...access.users)
      ? [{ key: '/users', icon: <TeamOutlined />, label: <Link to="/users">{t('nav.users')}</Link> }]
      : []),
    ...(hasRole(session, ...access.audit)
      ? [{ key: '/audit', icon: <AuditOutlined />, label: <Link to="/audit">{t('nav.audit')}</Link> }]
      : []),
  ];
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSettled: () => {
        message.success(t('nav.signedOut'));
        navigate('/login', { replace: true });
      },
    });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        trigger={null}
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 80}
        width={208}
      >
        <div style={{ position: 'sticky', top: 0 }}>
          <Link to="/" aria-label={t('app.title')}>
            <Flex align="center" gap={10} style={{ height: 56, padding: collapsed ? '0 26px' : '0 18px' }}>
              <Emblem size={28} />
              {!collapsed && (
                <Typography.Text
                  strong
                  style={{ color: '#fff', fontSize: 17, letterSpacing: 1, whiteSpace: 'nowrap' }}
                >
                  {t('app.shortTitle')}
                </Typography.Text>
              )}
            </Flex>
          </Link>
          <nav aria-label={t('nav.menu')}>
            <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} />
          </nav>
        </div>
      </Sider>
      <Layout>
        <Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 16,
            borderTop: `3px solid ${brand.red}`,
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
            position: 'sticky',
            top: 0,
            zIndex: 10,
            lineHeight: 'normal',
          }}
        >
          <Button
            type="text"
            aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed((c) => !c)}
            style={{ marginLeft: -8 }}
          />
          {!narrow && (
            <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap', color: brand.navy }}>
              {t('app.title')}
            </Typography.Text>
          )}
          <Flex align="center" gap={narrow ? 6 : 12} style={{ marginLeft: 'auto', minWidth: 0 }}>
            <Flex
              vertical
              style={{ minWidth: 0, maxWidth: 360, lineHeight: 1.35, display: narrow ? 'none' : undefined }}
            >
              <Space size={6} style={{ minWidth: 0 }}>
                <UserOutlined aria-hidden />
                <Typography.Text strong>{session.displayName}</Typography.Text>
                {session.roles.map((r) => (
                  <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
                    {l(roleLabels[r])}
                  </Tag>
                ))}
              </Space>
              <Tooltip title={scopeText(session, t)}>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {t('nav.scope')}
                  {lang === 'zh' ? '：' : ': '}
                  <ScopeNames session={session} />
                </Typography.Text>
              </Tooltip>
            </Flex>
            <NotificationBell />
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
            <Button
              icon={<KeyOutlined />}
              onClick={() => navigate('/password')}
              aria-label={t('nav.password')}
              title={narrow ? t('nav.password') : undefined}
            >
              {!narrow && t('nav.password')}
            </Button>
            <Button
              icon={<LogoutOutlined />}
              onClick={onSignOut}
              loading={signOut.isPending}
              aria-label={t('nav.signOut')}
              title={narrow ? t('nav.signOut') : undefined}
            >
              {!narrow && t('nav.signOut')}
            </Button>
          </Flex>
        </Header>
        <Content id="main" tabIndex={-1} style={{ padding: narrow ? 12 : 20, outline: 'none', minWidth: 0 }}>
          <Outlet />
        </Content>
        <Footer style={{ textAlign: 'center', padding: '12px 20px', color: '#8c8c8c', fontSize: 12 }}>
          {t('app.footer')}
        </Footer>
      </Layout>
    </Layout>
  );
}
