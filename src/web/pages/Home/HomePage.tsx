import { AuditOutlined, ClusterOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NATIONAL, type Role, roleLabels } from '../../../shared/dictionaries';
import { access, hasRole, useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import { brand } from '../../app/theme';
import { TodoCard } from './TodoCard';

interface QuickLink {
  to: string;
  icon: ReactNode;
  title: MessageKey;
  description: MessageKey;
  roles?: Role[];
}

const links: QuickLink[] = [
  { to: '/regions', icon: <ClusterOutlined />, title: 'nav.regions', description: 'home.regionsDesc' },
  {
    to: '/users',
    icon: <TeamOutlined />,
    title: 'nav.users',
    description: 'home.usersDesc',
    roles: access.users,
  },
  {
    to: '/audit',
    icon: <AuditOutlined />,
    title: 'nav.audit',
    description: 'home.auditDesc',
    roles: access.audit,
  },
  { to: '/password', icon: <KeyOutlined />, title: 'nav.password', description: 'home.passwordDesc' },
];

export default function HomePage() {
  const session = useSession();
  const { t, l } = useT();
  const names = new Map(session.scopeNames.map((n) => [n.code, n.name]));
  const national = session.scope.regions.includes(NATIONAL);

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={2} style={{ fontSize: 22, marginTop: 0 }}>
          {t('home.welcome', { name: session.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'account', label: t('home.account'), children: session.username },
            {
              key: 'roles',
              label: t('home.roles'),
              children: session.roles.map((r) => (
                <Tag key={r} color="blue">
                  {l(roleLabels[r])}
                </Tag>
              )),
            },
            {
              key: 'scope',
              label: t('home.scope'),
              children: (
                <Flex wrap gap={4}>
                  {national && <Tag color="gold">{t('scope.national')}</Tag>}
                  {!national &&
                    session.scope.regions.map((code) => (
                      <Tag key={code}>
                        {names.get(code) ?? code}（{code}）
                      </Tag>
                    ))}
                  {session.scope.units.length > 0 && (
                    <Tag>{t('scope.units', { n: session.scope.units.length })}</Tag>
                  )}
                  {!national &&
                    session.scope.regions.length === 0 &&
                    session.scope.units.length === 0 &&
                    t('scope.none')}
                </Flex>
              ),
            },
            {
              key: 'session',
              label: t('home.session'),
              children: t('home.sessionIdle', { n: session.idleMinutes }),
            },
          ]}
        />
      </Card>
      <TodoCard />
      <Typography.Title level={3} style={{ fontSize: 16, margin: '8px 0 0' }}>
        {t('home.quickLinks')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links
          .filter((link) => !link.roles || hasRole(session, ...link.roles))
          .map((link) => (
            <Col key={link.to} xs={24} sm={12} xl={6}>
              <Link to={link.to} style={{ display: 'block', height: '100%' }}>
                <Card hoverable style={{ height: '100%' }}>
                  <Flex gap={14} align="flex-start">
                    <span style={{ fontSize: 26, color: brand.primary, lineHeight: 1 }} aria-hidden>
                      {link.icon}
                    </span>
                    <div>
                      <Typography.Text strong style={{ fontSize: 15 }}>
                        {t(link.title)}
                      </Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
                        {t(link.description)}
                      </Typography.Paragraph>
                    </div>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
      </Row>
    </Flex>
  );
}
