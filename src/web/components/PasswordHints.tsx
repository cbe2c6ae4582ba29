import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { passwordProblems } from '../../domain/access/password';
import { useT } from '../app/i18n';

/** Live hints while a password is typed: what still fails the strength rule, or that it passes. */
export function PasswordHints({
  password,
  username,
  displayName,
}: {
  password: string | undefined;
  username?: string | undefined;
  displayName?: string | undefined;
}) {
  const { t, l } = useT();
  if (!password) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('password.rules')}
      </Typography.Text>
    );
  }
  const problems = passwordProblems(password, username, displayName);
  return (
    <Flex vertical gap={2} aria-live="polite" style={{ fontSize: 12 }}>
      {problems.length === 0 ? (
        <Typography.Text type="success" style={{ fontSize: 12 }}>
          <CheckCircleFilled aria-hidden /> {t('password.ok')}
        </Typography.Text>
      ) : (
        problems.map((p) => (
          <Typography.Text key={p.en} type="danger" style={{ fontSize: 12 }}>
            <CloseCircleFilled aria-hidden /> {l(p)}
          </Typography.Text>
        ))
      )}
    </Flex>
  );
}

/** A form rule that refuses a weak password; the hints below the field say what to change. */
export const passwordRule =
  (message: string, username?: () => string | undefined, displayName?: () => string | undefined) =>
  async (_: unknown, value: string | undefined) => {
    if (value && passwordProblems(value, username?.(), displayName?.()).length > 0) throw new Error(message);
  };
