import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { NATIONAL, type Role, roleLabels, roles } from '../../../shared/dictionaries';
import { useRegionsByCode } from '../../api/regions';
import { type UserFilters, type UserView, useUpdateUser, useUsers } from '../../api/users';
import { formatDate, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserDrawer } from './UserDrawer';

export default function UsersPage() {
  const { t, l, lang } = useT();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<UserFilters>({ page: 1, pageSize: 20 });
  const users = useUsers(filters);
  const update = useUpdateUser();
  const [drawer, setDrawer] = useState<{ open: boolean; user: UserView | null }>({ open: false, user: null });
  const [resetting, setResetting] = useState<UserView | null>(null);

  const scopeCodes = useMemo(
    () => [
      ...new Set((users.data?.items ?? []).flatMap((u) => u.scope.regions).filter((c) => c !== NATIONAL)),
    ],
    [users.data],
  );
  const regionNames = useRegionsByCode(scopeCodes);

  const setDisabled = (user: UserView, disabled: boolean) =>
    update.mutate(
      { id: user.id, changes: { disabled } },
      {
        onSuccess: () => message.success(t('users.saved')),
        onError: (e) => message.error(e.message),
      },
    );

  const columns: TableColumnsType<UserView> = [
    { title: t('users.username'), dataIndex: 'username', width: 140 },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 140 },
    {
      title: t('users.roles'),
      dataIndex: 'roles',
      render: (rs: Role[]) => (
        <Flex wrap gap={4}>
          {rs.map((r) => (
            <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
              {l(roleLabels[r])}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('users.scope'),
      key: 'scope',
      render: (_, u) => (
        <Flex wrap gap={4}>
          {u.scope.regions.map((c) => (
            <Tag key={c} style={{ marginInlineEnd: 0 }} color={c === NATIONAL ? 'gold' : undefined}>
              {c === NATIONAL ? t('scope.national') : `${regionNames.get(c)?.name ?? ''}（${c}）`}
            </Tag>
          ))}
          {u.scope.units.length > 0 && (
            <Tag style={{ marginInlineEnd: 0 }}>{t('scope.units', { n: u.scope.units.length })}</Tag>
          )}
          {u.scopeBeyondYours && (
            <Tag color="purple" style={{ marginInlineEnd: 0 }} title={t('users.beyondHint')}>
              {t('users.beyond')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('users.status'),
      key: 'status',
      width: 100,
      render: (_, u) =>
        u.disabled ? (
          <Tag color="default">{t('users.disabled')}</Tag>
        ) : u.locked ? (
          <Tag color="orange">{t('users.locked')}</Tag>
        ) : (
          <Tag color="green">{t('users.active')}</Tag>
        ),
    },
    {
      title: t('users.createdAt'),
      dataIndex: 'createdAt',
      width: 140,
      render: (at: string) => formatDate(at, lang),
    },
    {
      title: t('users.actions'),
      key: 'actions',
      width: 210,
      render: (_, u) =>
        !u.manageable ? (
          <Typography.Text type="secondary" title={t('users.beyondHint')}>
            {t('users.notManageable')}
          </Typography.Text>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setDrawer({ open: true, user: u })}>
              {t('users.edit')}
            </Button>
            <Popconfirm
              title={t(u.disabled ? 'users.enableConfirm' : 'users.disableConfirm', { name: u.displayName })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => setDisabled(u, !u.disabled)}
            >
              <Button type="link" size="small" danger={!u.disabled}>
                {u.disabled ? t('users.enable') : t('users.disable')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" onClick={() => setResetting(u)}>
              {t('users.resetPassword')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Card
      title={t('users.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, user: null })}>
          {t('users.create')}
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          allowClear
          style={{ width: 280 }}
          maxLength={64}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
        />
        <Select<Role>
          aria-label={t('users.roleFilter')}
          allowClear
          placeholder={t('users.allRoles')}
          style={{ width: 240 }}
          value={filters.role}
          onChange={(role) => setFilters((f) => ({ ...f, role, page: 1 }))}
          options={roles.map((r) => ({ value: r, label: l(roleLabels[r]) }))}
        />
      </Flex>
      {users.isError && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<UserView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items}
        loading={users.isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('users.total', { n: formatNumber(n, lang) }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <UserDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={() => setDrawer((d) => ({ ...d, open: false }))}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={(done) => {
          setResetting(null);
          if (done) message.success(t('users.passwordReset'));
        }}
      />
    </Card>
  );
}
