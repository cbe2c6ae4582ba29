import { Button, Flex, Typography } from 'antd';
import type { AcceptResult } from '../../api/matching';
import type { Override } from '../../api/nominations';
import { findingsOf } from '../../api/policy';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { FindingList } from '../../components/FindingList';
import { useOverrideReasons } from '../Nominations/OverrideReasons';

/**
 * Why one accepted line was refused: the rules' findings (a warning can go through with a reason — typed
 * here and sent again for this line only) or the server's message. When the village's first secretary is
 * still on post, the server names the earliest start for an overlapping handover (P21.5-rotate): offered
 * as the start to accept with.
 */
export function LineRefusal({
  result,
  retrying,
  onRetry,
  onRetryFrom,
}: {
  result: AcceptResult;
  retrying: boolean;
  onRetry: (overrides: Override[]) => void;
  onRetryFrom: (startOn: string) => void;
}) {
  const { l, lang } = useT();
  const handoverStart = (result.error?.details as { earliestSuccessorStart?: unknown } | undefined)
    ?.earliestSuccessorStart;
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
      {typeof handoverStart === 'string' && (
        <Button
          size="small"
          type="primary"
          ghost
          loading={retrying}
          onClick={() => onRetryFrom(handoverStart)}
          style={{ alignSelf: 'start' }}
        >
          {l({
            zh: `按${dayText(handoverStart, lang)}到岗接受（压茬交接）`,
            en: `Accept from ${dayText(handoverStart, lang)} (handover)`,
          })}
        </Button>
      )}
    </Flex>
  );
}
