import { Alert, App, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { type FiveChecks, useNominationStep } from '../../api/nominations';
import { findingsOf } from '../../api/policy';
import { useT } from '../../app/i18n';
import { FindingList } from '../../components/FindingList';
import { checkLabels, checkNames } from './labels';
import { useOverrideReasons } from './OverrideReasons';

interface ChecksValues extends Partial<FiveChecks> {
  note?: string;
}

/** The five checks (P21.3-checks) as a checklist: pass or fail each, a note; any fail rejects the candidate. */
export function ChecksForm({ nominationId }: { nominationId: string }) {
  const { l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChecksValues>();
  const step = useNominationStep(nominationId);
  const overrides = useOverrideReasons();
  const [error, setError] = useState<string | null>(null);
  const refusal = findingsOf(step.error);
  const values = Form.useWatch([], form);
  const failing = checkNames.filter((c) => values?.[c] === 'fail');

  const onFinish = (v: ChecksValues) => {
    setError(null);
    const checks = Object.fromEntries(checkNames.map((c) => [c, v[c]])) as FiveChecks;
    // The form leaves the page once the checks are recorded, so the outcome is awaited, not called back.
    step
      .mutateAsync({
        step: 'checks',
        checks,
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(refusal.length ? { overrides: overrides.overridesFor(refusal) } : {}),
      })
      .then(
        (n) =>
          message.success(
            n.status === 'rejected'
              ? l({ zh: '已记录五关审核：未通过', en: 'Checks recorded: the candidate failed' })
              : l({ zh: '已记录五关审核：全部通过', en: 'Checks recorded: all passed' }),
          ),
        (e: Error) => setError(e.message),
      );
  };

  return (
    <Form<ChecksValues> form={form} layout="horizontal" onFinish={onFinish} disabled={step.isPending}>
      <Flex vertical gap={0}>
        {checkNames.map((c) => (
          <Form.Item
            key={c}
            name={c}
            label={l(checkLabels[c])}
            labelCol={{ flex: '96px' }}
            rules={[{ required: true, message: l({ zh: '请选择审核结论', en: 'Choose a result' }) }]}
            style={{ marginBottom: 10 }}
          >
            <Radio.Group
              aria-label={l(checkLabels[c])}
              options={[
                { value: 'pass', label: l({ zh: '通过', en: 'Pass' }) },
                { value: 'fail', label: l({ zh: '不通过', en: 'Fail' }) },
              ]}
            />
          </Form.Item>
        ))}
        <Form.Item name="note" label={l({ zh: '审核意见', en: 'Note' })} labelCol={{ flex: '96px' }}>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Flex>
      {failing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={l({
            zh: `${failing.map((c) => checkLabels[c].zh).join('、')}不通过：提交后该人选即为“未通过”，不再选派。`,
            en: `${failing.map((c) => checkLabels[c].en).join(', ')} failed: the candidate will be rejected.`,
          })}
        />
      )}
      {refusal.length > 0 && (
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          <FindingList findings={refusal} extra={overrides.input} />
        </Flex>
      )}
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Flex gap={12} align="center">
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {l({ zh: '提交审核结论', en: 'Record the checks' })}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l({
            zh: '逐项记录审核人和时间；五关须全部通过方可备案。',
            en: 'Each check is recorded with reviewer and time; all five must pass before filing.',
          })}
        </Typography.Text>
      </Flex>
    </Form>
  );
}
