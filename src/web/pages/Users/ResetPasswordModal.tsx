import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type UserView, useResetPassword } from '../../api/users';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { PasswordHints, passwordRule } from '../../components/PasswordHints';

interface ResetForm {
  password: string;
  confirm: string;
}

/** An administrator sets a new password for a user (POST /api/users/:id/password). */
export function ResetPasswordModal({
  user,
  onClose,
}: {
  user: UserView | null;
  onClose: (done: boolean) => void;
}) {
  const { t } = useT();
  const [form] = Form.useForm<ResetForm>();
  const reset = useResetPassword();
  const [topError, setTopError] = useState<string | null>(null);
  const password = Form.useWatch('password', form);

  useEffect(() => {
    if (user) {
      form.resetFields();
      setTopError(null);
    }
  }, [user, form]);

  const onFinish = (values: ResetForm) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, password: values.password },
      {
        onSuccess: () => onClose(true),
        onError: (error) => setTopError(showServerErrors(form, error) ? null : error.message),
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetTitle', { name: user.displayName }) : ''}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetHelp')}</Typography.Paragraph>
      {topError && <Alert type="error" showIcon role="alert" title={topError} style={{ marginBottom: 16 }} />}
      <Form<ResetForm> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          label={t('users.newPassword')}
          name="password"
          rules={[
            { required: true, message: t('users.required', { field: t('users.newPassword') }) },
            {
              validator: passwordRule(
                t('password.weak'),
                () => user?.username,
                () => user?.displayName,
              ),
            },
          ]}
          extra={
            <PasswordHints password={password} username={user?.username} displayName={user?.displayName} />
          }
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('users.required', { field: t('password.confirm') }) },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('password')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
