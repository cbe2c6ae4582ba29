import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import type { AssignmentView } from '../../api/assignments';
import { useProposeRecall } from '../../api/recalls';
import { useT } from '../../app/i18n';
import { RuleTag } from '../../components/RuleTag';
import { teamRoleLabels } from './labels';

// The usual grounds (P17.5.3-recall: 不胜任驻村工作; the county's measure on leave over 30 days a year).
const commonReasons = [
  { zh: '不胜任驻村工作', en: 'Not fit for the work in the village' },
  { zh: '年度考核不称职', en: 'Graded incompetent in the annual assessment' },
  { zh: '长期不在岗，全年请假累计超过30天', en: 'Often away: more than 30 days of leave this year' },
  { zh: '违反驻村工作纪律', en: 'Broke the discipline of stationed work' },
  { zh: '因健康等原因不宜继续驻村', en: 'Cannot go on for health or similar reasons' },
];

interface Values {
  common?: string[];
  detail?: string;
}

/**
 * The leading group (or organisation department) proposes recalling a cadre on post, with reasons
 * (P17.5.3-recall); the cadre's dispatching unit then confirms on the recalls page.
 */
export function ProposeRecallModal({
  assignment,
  onClose,
}: {
  assignment: Pick<AssignmentView, 'id' | 'cadreName' | 'teamRole' | 'unitName' | 'villageName'> | null;
  onClose: () => void;
}) {
  const { l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const propose = useProposeRecall();

  const { reset } = propose;
  useEffect(() => {
    if (assignment) reset();
  }, [assignment, reset]);

  if (!assignment) return null;
  const onFinish = ({ common, detail }: Values) => {
    const reasons = [...(common ?? []), ...(detail?.trim() ? [detail.trim()] : [])];
    propose.mutate(
      { assignmentId: assignment.id, body: { reasons } },
      {
        onSuccess: () => {
          message.success(
            l({
              zh: `已提出召回${assignment.cadreName}的意见，等待${assignment.unitName}确认`,
              en: `Recall of ${assignment.cadreName} proposed; waiting for ${assignment.unitName} to confirm`,
            }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={l({
        zh: `提出召回：${assignment.cadreName}（${l(teamRoleLabels[assignment.teamRole])}）`,
        en: `Propose recalling ${assignment.cadreName} (${l(teamRoleLabels[assignment.teamRole])})`,
      })}
      okText={l({ zh: '提出召回意见', en: 'Propose the recall' })}
      okButtonProps={{ danger: true, loading: propose.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">
        <RuleTag ruleId="P17.5.3-recall" />{' '}
        {l({
          zh: `驻村工作领导小组提出召回意见，由派出单位（${assignment.unitName}）确认后任期以“召回调整”结束，${assignment.villageName}的选派需求重新开放。`,
          en: `The leading group proposes; once the dispatching unit (${assignment.unitName}) confirms, the term ends as recalled and ${assignment.villageName}'s need reopens.`,
        })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} disabled={propose.isPending}>
        <Form.Item name="common" label={l({ zh: '召回理由', en: 'Reasons' })}>
          <Checkbox.Group
            options={commonReasons.map((r) => ({ value: r.zh, label: l(r) }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          />
        </Form.Item>
        <Form.Item
          name="detail"
          label={l({ zh: '具体情况', en: 'Details' })}
          dependencies={['common']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, v: string | undefined) => {
                const ticked = (getFieldValue('common') as string[] | undefined)?.length ?? 0;
                if (ticked === 0 && [...(v ?? '').trim()].length < 2)
                  throw new Error(
                    l({ zh: '请勾选或填写召回理由', en: 'Tick or write the reasons for the recall' }),
                  );
              },
            }),
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {propose.isError && (
        <Alert type="error" showIcon role="alert" title={propose.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
