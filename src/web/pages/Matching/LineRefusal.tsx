import { Button, Flex, Typography } from 'antd';
import type { AcceptResult } from '../../api/matching';
import type { Override } from '../../api/nominations';
import { findingsOf } from '../../api/policy';
import { useT } from '../../app/i18n';
import { FindingList } from '../../components/FindingList';
import { useOverrideReasons } from '../Nominations/OverrideReasons';

/**
 * Why one accepted line was refused: the rules' findings (a warning can go through with a reason — typed
 * here and sent again for this line only) or the server's message.
 */
export function LineRefusal({
  result,
  retrying,
  onRetry,
}: {
  result: AcceptResult;
  retrying: boolean;
  onRetry: (overrides: Override[]) => void;
}) {
  const { l } = useT();
  const overrides = useOverrideReasons();
  const findings = findingsOf(result.error);
  const blocked = findings.some((f) => f.severity === 'block');
  return (
    <Flex vertical gap={6} role="alert" style={{ maxWidth: 420 }}>
      <Typography.Text type="danger" style={{ fontSize: 13 }}>
        {result.error?.message ?? l({ zh: '未能安排', en: 'Not assigned' })}
      </Typography.Text>
      {findings.length > 0 && <FindingList findings={findings} extra={overrides.input} />}
      {findings.length > 0 && !blocked && (
        <Button
          size="small"
          type="primary"
          ghost
          loading={retrying}
          disabled={!overrides.complete(findings)}
          onClick={() => onRetry(overrides.overridesFor(findings))}
          style={{ alignSelf: 'start' }}
        >
          {l({ zh: '填写理由后接受', en: 'Accept with the reasons' })}
        </Button>
      )}
    </Flex>
  );
}
