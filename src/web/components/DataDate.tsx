import { Tag, Typography } from 'antd';
import { formatDate } from '../app/format';
import { useT } from '../app/i18n';

/** "数据日期：2026年3月1日" under every figure, with the policy version in force on that date. */
export function DataDate({ date, policyVersion }: { date: string | undefined; policyVersion?: string }) {
  const { l, lang } = useT();
  if (!date) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
      {l({ zh: '数据日期：', en: 'Data as of: ' })}
      {formatDate(`${date}T12:00:00+08:00`, lang)}
      {policyVersion && (
        <Tag style={{ marginInlineStart: 8, marginInlineEnd: 0 }} variant="filled">
          {l({ zh: `适用 ${policyVersion}`, en: `Under ${policyVersion}` })}
        </Tag>
      )}
    </Typography.Text>
  );
}
