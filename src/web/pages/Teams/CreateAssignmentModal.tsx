import { Alert, App, Button, Flex, Form, Modal, Radio, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { fullTermEnd, type TeamRole, useAssignments, useCreateAssignment } from '../../api/assignments';
import { useNominations } from '../../api/nominations';
import { findingsOf } from '../../api/policy';
import type { BoardVillage } from '../../api/teams';
import { enCount } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { FindingList } from '../../components/FindingList';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { useOverrideReasons } from '../Nominations/OverrideReasons';
import { teamRoleColors, teamRoleLabels } from './labels';
import { PlainFindings } from './PlainFindings';

interface Values {
  nominationId: string;
  teamRole: TeamRole;
  startOn: string;
  plannedEndOn: string;
}

const roles: TeamRole[] = ['first_secretary', 'leader', 'member'];

/**
 * A decided nomination of the village becomes an assignment: role, first day and planned last day (a full
 * two-year term by default, P21.5-term). The rules answer on submit; a warning goes through with a reason.
 */
export function CreateAssignmentModal({
  village,
  onClose,
}: {
  /** Mounted only while open: it loads the village's candidates. */
  village: Pick<BoardVillage, 'villageCode' | 'villageName' | 'openNeeds'>;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAssignment();
  const overrides = useOverrideReasons();
  const refusal = findingsOf(create.error);
  // The term rule names the earliest planned end of a full term: offered as a one-click fix.
  const earliestEnd = refusal
    .map((f) => f.facts?.earliestPlannedEndOn)
    .find((d): d is string => typeof d === 'string');
  const code = village.villageCode;
  const decided = useNominations({ region: code, status: 'decided', page: 1, pageSize: 100 });
  const assigned = useAssignments({ village: code, page: 1, pageSize: 500 });
  const { reset: resetMutation } = create;

  // A decided nomination stays decided once assigned: the village's assignments say which are taken.
  const options = useMemo(() => {
    const taken = new Set((assigned.data?.items ?? []).map((a) => a.nominationId));
    return (decided.data?.items ?? []).filter((n) => n.villageCode === code && !taken.has(n.id));
  }, [decided.data, assigned.data, code]);

  const startOn = Form.useWatch('startOn', form);
  const today = todayInShanghai();
  const remaining = village.openNeeds.reduce(
    (sum, n) => ({
      firstSecretary: sum.firstSecretary + n.remaining.firstSecretary,
      members: sum.members + n.remaining.members,
    }),
    { firstSecretary: 0, members: 0 },
  );

  const onFinish = (values: Values) => {
    create.mutate(
      {
        ...values,
        ...(refusal.length ? { overrides: overrides.overridesFor(refusal) } : {}),
      },
      {
        onSuccess: ({ assignment, violations }) => {
          message.success(
            l({
              zh: `已安排${assignment.cadreName}到${assignment.villageName}任${l(teamRoleLabels[assignment.teamRole])}`,
              en: `${assignment.cadreName} is assigned to ${assignment.villageName} as ${l(teamRoleLabels[assignment.teamRole])}`,
            }),
          );
          if (violations.length > 0) {
            notification.info({
              title: l({ zh: '已记录的规则提示', en: 'Findings recorded' }),
              description: <PlainFindings findings={violations} />,
              duration: 0,
            });
          }
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={l({ zh: `安排驻村任期：${village.villageName}`, en: `Assign to ${village.villageName}` })}
      okText={l({ zh: '安排任期', en: 'Assign' })}
      okButtonProps={{ loading: create.isPending, disabled: options.length === 0 }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">
        {l({
          zh: `该村选派需求尚缺：第一书记 ${remaining.firstSecretary} 名，工作队员 ${remaining.members} 名。只能安排派出单位党委已研究确定的人选。`,
          en: `The village's needs still lack ${remaining.firstSecretary} first secretary and ${enCount(remaining.members, 'member')}. Only candidates decided by their unit's party committee can be assigned.`,
        })}
      </Typography.Paragraph>
      {decided.isSuccess && assigned.isSuccess && options.length === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: '该村暂无已研究确定、尚未安排的人选',
            en: 'No decided candidate waits for this village',
          })}
          description={
            <Link to={`/nominations?status=decided`}>
              {l({ zh: '查看选派人选', en: 'See the nominations' })}
            </Link>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={create.isPending}
        initialValues={{ startOn: today, plannedEndOn: fullTermEnd(today) }}
        onValuesChange={(changed: Partial<Values>, all: Values) => {
          if (changed.nominationId) {
            const n = options.find((o) => o.id === changed.nominationId);
            if (n) form.setFieldValue('teamRole', n.role);
          }
          // A new start moves a planned end that was the full term of the old start.
          if (changed.startOn && all.startOn) form.setFieldValue('plannedEndOn', fullTermEnd(all.startOn));
          if (changed.startOn || changed.plannedEndOn || changed.teamRole || changed.nominationId) {
            resetMutation();
          }
        }}
      >
        <Form.Item
          name="nominationId"
          label={l({ zh: '人选', en: 'Candidate' })}
          rules={[{ required: true, message: l({ zh: '请选择人选', en: 'Choose a candidate' }) }]}
        >
          <Select
            loading={decided.isFetching || assigned.isFetching}
            placeholder={l({ zh: '已研究确定的人选', en: 'Decided candidates' })}
            options={options.map((n) => ({
              value: n.id,
              label: `${n.cadreName} · ${n.unitName}`,
              nomination: n,
            }))}
            optionRender={(o) => (
              <Flex justify="space-between" gap={8}>
                <span>
                  {o.data.nomination.cadreName}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.data.nomination.unitName}
                  </Typography.Text>
                </span>
                <Tag color={teamRoleColors[o.data.nomination.role]} style={{ marginInlineEnd: 0 }}>
                  {l({
                    zh: `提名为${l(teamRoleLabels[o.data.nomination.role])}`,
                    en: `As ${l(teamRoleLabels[o.data.nomination.role])}`,
                  })}
                </Tag>
              </Flex>
            )}
          />
        </Form.Item>
        <Form.Item
          name="teamRole"
          label={l({ zh: '担任', en: 'Role' })}
          rules={[{ required: true, message: l({ zh: '请选择角色', en: 'Choose a role' }) }]}
          extra={
            <span>
              <RuleTag ruleId="P21.5-leader" />{' '}
              {l({
                zh: '队长一般由第一书记担任；村里没有第一书记时可另设队长。',
                en: 'The first secretary leads the team; a separate leader only where the village has none.',
              })}
            </span>
          }
        >
          <Radio.Group
            optionType="button"
            options={roles.map((r) => ({ value: r, label: l(teamRoleLabels[r]) }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="startOn"
            label={l({ zh: '到岗日期', en: 'First day on post' })}
            rules={[{ required: true, message: l({ zh: '请选择日期', en: 'Choose a date' }) }]}
            style={{ flex: '1 1 220px' }}
          >
            <IsoDatePicker allowClear={false} onPostDays />
          </Form.Item>
          <Form.Item
            name="plannedEndOn"
            label={l({ zh: '计划结束日期', en: 'Planned last day' })}
            rules={[{ required: true, message: l({ zh: '请选择日期', en: 'Choose a date' }) }]}
            style={{ flex: '1 1 220px' }}
            extra={
              startOn
                ? l({
                    zh: `满两年：${dayText(fullTermEnd(startOn), lang)}`,
                    en: `Two full years: ${dayText(fullTermEnd(startOn), lang)}`,
                  })
                : undefined
            }
          >
            <IsoDatePicker allowClear={false} minDate={startOn} />
          </Form.Item>
        </Flex>
      </Form>
      {refusal.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Text strong>
            {refusal.some((f) => f.severity === 'block')
              ? l({ zh: '以下规则不允许这样安排：', en: 'The rules do not allow this:' })
              : l({
                  zh: '以下情况须填写放行理由后再提交：',
                  en: 'Give a reason for each warning, then submit again:',
                })}
          </Typography.Text>
          <FindingList findings={refusal} extra={overrides.input} />
          {earliestEnd && (
            <Button
              size="small"
              style={{ alignSelf: 'start' }}
              onClick={() => {
                form.setFieldValue('plannedEndOn', earliestEnd);
                resetMutation();
              }}
            >
              {l({
                zh: `计划结束日期改为${dayText(earliestEnd, lang)}（满两年）`,
                en: `Plan to ${dayText(earliestEnd, lang)} (two full years)`,
              })}
            </Button>
          )}
        </Flex>
      )}
      {create.isError && refusal.length === 0 && (
        <Alert type="error" showIcon role="alert" title={create.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
