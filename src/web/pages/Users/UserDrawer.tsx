import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { NATIONAL, type Role, roleLabels, roles } from '../../../shared/dictionaries';
import { can } from '../../../shared/permissions';
import { type UserView, useCreateUser, useUpdateUser } from '../../api/users';
import { hasRole, useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { PasswordHints, passwordRule } from '../../components/PasswordHints';
import { RegionPicker } from '../../components/RegionPicker';
import { scopeText } from '../../components/ScopeNames';
import { UnitSelect } from '../../components/UnitSelect';
import { DeviceList } from './DeviceList';

interface UserForm {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  scopeRegions: string[];
  scopeUnits: string[];
}

const USERNAME = /^[A-Za-z0-9_.@-]{3,64}$/;

/** API field paths → this form's fields ('scope.regions.2' → 'scopeRegions'). */
function fieldOf(apiField: string): string | undefined {
  if (apiField === 'scope' || apiField.startsWith('scope.regions')) return 'scopeRegions';
  if (apiField.startsWith('scope.units')) return 'scopeUnits';
  return apiField.split('.')[0];
}

/** Creates a user (user === null) or changes one: display name, roles, scope. */
export function UserDrawer({
  open,
  user,
  onClose,
}: {
  open: boolean;
  user: UserView | null;
  onClose: () => void;
}) {
  const session = useSession();
  const { t, l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [topError, setTopError] = useState<string | null>(null);
  const editing = user !== null;
  const password = Form.useWatch('password', form);
  const username = Form.useWatch('username', form);
  const displayName = Form.useWatch('displayName', form);
  const actorIsNational = session.scope.regions.includes(NATIONAL);

  useEffect(() => {
    if (!open) return;
    setTopError(null);
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            username: user.username,
            displayName: user.displayName,
            roles: user.roles,
            scopeRegions: user.scope.regions,
            scopeUnits: user.scope.units,
          }
        : { username: '', displayName: '', password: '', roles: [], scopeRegions: [], scopeUnits: [] },
    );
  }, [open, user, form]);

  const onError = (error: unknown) => {
    const placed = showServerErrors(form, error, fieldOf);
    const details = (error as { details?: { outside?: unknown } }).details;
    if (details?.outside) form.setFields([{ name: 'scopeRegions', errors: [(error as Error).message] }]);
    setTopError(placed ? null : error instanceof Error ? error.message : String(error));
  };

  const onFinish = (values: UserForm) => {
    setTopError(null);
    const scope = { regions: values.scopeRegions ?? [], units: values.scopeUnits ?? [] };
    if (user) {
      update.mutate(
        { id: user.id, changes: { displayName: values.displayName, roles: values.roles, scope } },
        {
          onSuccess: () => {
            message.success(t('users.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        {
          username: values.username.trim(),
          password: values.password,
          displayName: values.displayName,
          roles: values.roles,
          scope,
        },
        {
          onSuccess: (created) => {
            message.success(t('users.created', { name: created.displayName }));
            onClose();
          },
          onError,
        },
      );
    }
  };

  const pending = create.isPending || update.isPending;
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('users.required', { field }),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {topError && <Alert type="error" showIcon role="alert" title={topError} style={{ marginBottom: 16 }} />}
      <Form<UserForm> form={form} layout="vertical" onFinish={onFinish} disabled={pending}>
        <Form.Item
          label={t('users.username')}
          name="username"
          rules={
            editing
              ? []
              : [required(t('users.username')), { pattern: USERNAME, message: t('users.usernamePattern') }]
          }
        >
          <Input autoComplete="off" disabled={editing} maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[required(t('users.displayName'))]}
        >
          <Input maxLength={64} />
        </Form.Item>
        {!editing && (
          <Form.Item
            label={t('users.password')}
            name="password"
            rules={[
              required(t('users.password')),
              {
                validator: passwordRule(
                  t('password.weak'),
                  () => username,
                  () => displayName,
                ),
              },
            ]}
            extra={<PasswordHints password={password} username={username} displayName={displayName} />}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        )}
        <Form.Item
          label={t('users.roles')}
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
        >
          <Select<Role[]>
            mode="multiple"
            options={roles.map((r) => ({
              value: r,
              label: l(roleLabels[r]),
              disabled: r === 'sys_admin' && !hasRole(session, 'sys_admin'),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('users.scopeRegions')}
          name="scopeRegions"
          extra={actorIsNational ? undefined : t('users.scopeBound', { scope: scopeText(session, t) })}
        >
          <RegionPicker
            allowNational={actorIsNational}
            within={actorIsNational ? undefined : session.scope.regions}
          />
        </Form.Item>
        <Form.Item
          label={t('users.scopeUnits')}
          name="scopeUnits"
          extra={l({
            zh: '输入单位名称搜索，可选择多个；可留空',
            en: 'Type a unit name to search; several allowed; optional',
          })}
        >
          <UnitSelect mode="multiple" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {user?.roles.includes('cadre') && can(session, 'devices.manage') ? (
        <DeviceList userId={user.id} />
      ) : null}
    </Drawer>
  );
}
