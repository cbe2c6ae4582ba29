import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useChangePassword } from '../../api/session';
import { useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { PasswordHints, passwordRule } from '../../components/PasswordHints';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function ChangePasswordPage() {
  const session = useSession();
  const { t } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<PasswordForm>();
  const change = useChangePassword();
  const [topError, setTopError] = useState<string | null>(null);
  const newPassword = Form.useWatch('newPassword', form);

  const onFinish = ({ currentPassword, newPassword }: PasswordForm) => {
    setTopError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          navigate('/');
        },
        onError: (error) => setTopError(showServerErrors(form, error) ? null : error.message),
      },
    );
  };

  return (
    <Card title={t('password.title')} style={{ maxWidth: 560 }}>
      {topError && <Alert type="error" showIcon role="alert" title={topError} style={{ marginBottom: 16 }} />}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={onFinish} disabled={change.isPending}>
        <Form.Item
          label={t('password.current')}
          name="currentPassword"
          rules={[{ required: true, message: t('users.required', { field: t('password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" maxLength={256} />
        </Form.Item>
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          rules={[
            { required: true, message: t('users.required', { field: t('password.new') }) },
            {
              validator: passwordRule(
                t('password.weak'),
                () => session.username,
                () => session.displayName,
              ),
            },
          ]}
          extra={
            <PasswordHints
              password={newPassword}
              username={session.username}
              displayName={session.displayName}
            />
          }
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('users.required', { field: t('password.confirm') }) },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
