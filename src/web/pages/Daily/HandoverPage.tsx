import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { HandoverBody } from '../../../shared/contracts/daily';
import {
  type HandoverView,
  useConfirmHandover,
  useHandover,
  useMoveTasks,
  usePrepareHandover,
  useVillageHandovers,
} from '../../api/daily';
import { showServerErrors } from '../../app/formErrors';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';

const LISTS: { key: keyof HandoverBody; zh: string; en: string }[] = [
  { key: 'villageSituation', zh: '村情清单', en: 'Village situation' },
  { key: 'workInProgress', zh: '在办事项清单', en: 'Work in progress' },
  { key: 'assetsAndFiles', zh: '资产和档案清单', en: 'Assets and files' },
];

/** The three lists of one handover (read-only), with who prepared and who confirmed. */
export function HandoverLists({ h }: { h: HandoverView }) {
  const { l } = useT();
  const current = h.status === 'confirmed' ? 3 : h.status === 'prepared' ? 1 : 2;
  return (
    <Flex vertical gap={12}>
      <Steps
        size="small"
        current={current}
        items={[
          { title: l({ zh: '前任准备', en: 'Prepared' }), description: h.preparedByName },
          {
            title: l({ zh: '接任者确认', en: 'Successor confirms' }),
            description: h.successorConfirmedByName ?? '—',
            status: h.successorConfirmedAt ? 'finish' : 'wait',
          },
          {
            title: l({ zh: '乡镇确认', en: 'Township confirms' }),
            description: h.townshipConfirmedByName ?? '—',
            status: h.townshipConfirmedAt ? 'finish' : 'wait',
          },
        ]}
      />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={LISTS.map((x) => ({
          key: x.key,
          label: l(x),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{h[x.key]}</span>,
        }))}
      />
    </Flex>
  );
}

const statusLabel = (s: HandoverView['status']) =>
  ({
    prepared: { zh: '待确认', en: 'awaiting confirmation' },
    successor_confirmed: { zh: '接任者已确认，待乡镇确认', en: 'successor confirmed; township to confirm' },
    township_confirmed: { zh: '乡镇已确认，待接任者确认', en: 'township confirmed; successor to confirm' },
    confirmed: { zh: '已确认', en: 'confirmed' },
  })[s];

/** 三张交接清单 of an assignment (P21.5-rotate): the predecessor prepares, the successor and township confirm. */
export default function HandoverPage() {
  const { l } = useT();
  const { id = '' } = useParams();
  const { data, isLoading } = useHandover(id);
  const prepare = usePrepareHandover(id);
  const confirm = useConfirmHandover(id);
  const move = useMoveTasks(id);
  const [form] = Form.useForm<HandoverBody>();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const h = data?.handover ?? null;
  const showForm = data?.mayPrepare && (!h || editing);
  const onError = (e: unknown) => {
    if (!showServerErrors(form, e)) setError(isApiError(e) ? e.message : String(e));
  };
  return (
    <Card
      loading={isLoading}
      title={
        <Space>
          {l({ zh: '三张交接清单', en: 'The three handover lists' })}
          <Tag>P21.5-rotate</Tag>
          {h && <Tag color={h.status === 'confirmed' ? 'green' : 'orange'}>{l(statusLabel(h.status))}</Tag>}
        </Space>
      }
    >
      <Flex vertical gap={16}>
        {data?.successor && (
          <Typography.Text>
            {l({ zh: '接任者：', en: 'Successor: ' })}
            {data.successor.name}（
            {l({ zh: `${data.successor.startOn} 到岗`, en: `on post from ${data.successor.startOn}` })}）
          </Typography.Text>
        )}
        {!data?.successor && (
          <Alert
            type="info"
            message={l({
              zh: '接任者到岗后，由前任准备三张交接清单（P21.5-rotate）。',
              en: 'Once the successor is on post, the predecessor prepares the three lists (P21.5-rotate).',
            })}
          />
        )}
        {error && <Alert type="error" showIcon message={error} />}
        {showForm && (
          <Form
            form={form}
            layout="vertical"
            initialValues={
              h
                ? {
                    villageSituation: h.villageSituation,
                    workInProgress: h.workInProgress,
                    assetsAndFiles: h.assetsAndFiles,
                  }
                : { workInProgress: data?.draftWorkInProgress ?? '' }
            }
            onFinish={(v) =>
              prepare.mutate(v, {
                onSuccess: () => {
                  setEditing(false);
                  setError(null);
                },
                onError,
              })
            }
          >
            {LISTS.map((x) => (
              <Form.Item key={x.key} name={x.key} label={l(x)} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={4} />
              </Form.Item>
            ))}
            <Button type="primary" htmlType="submit" loading={prepare.isPending}>
              {l({ zh: '提交交接清单', en: 'Submit the lists' })}
            </Button>
          </Form>
        )}
        {h && !editing && <HandoverLists h={h} />}
        {h && (
          <Space wrap>
            {h.allowedSteps.includes('edit') && !editing && (
              <Button onClick={() => setEditing(true)}>{l({ zh: '修改清单', en: 'Revise' })}</Button>
            )}
            {(h.allowedSteps.includes('confirm_successor') ||
              h.allowedSteps.includes('confirm_township')) && (
              <Button
                type="primary"
                loading={confirm.isPending}
                onClick={() => confirm.mutate(undefined, { onError })}
              >
                {h.allowedSteps.includes('confirm_successor')
                  ? l({ zh: '接任者确认', en: 'Confirm as successor' })
                  : l({ zh: '乡镇确认', en: 'Confirm as township' })}
              </Button>
            )}
            {h.allowedSteps.includes('move_tasks') && (
              <Button loading={move.isPending} onClick={() => move.mutate(undefined, { onError })}>
                {l({ zh: '一键移交在办任务', en: 'Move the open tasks' })}
              </Button>
            )}
          </Space>
        )}
        {!h && !data?.mayPrepare && data?.successor && (
          <Empty description={l({ zh: '交接清单尚未准备', en: 'The lists are not prepared yet' })} />
        )}
      </Flex>
    </Card>
  );
}

/** On the village's page: every team's handover lists, kept for every later team. */
export function VillageHandovers({ code }: { code: string }) {
  const { l } = useT();
  const { data } = useVillageHandovers(code);
  if (!data || data.items.length === 0) return null;
  return (
    <Card title={l({ zh: '交接清单', en: 'Handover lists' })} data-testid="village-handovers">
      <Flex vertical gap={24}>
        {data.items.map((h) => (
          <Flex key={h.id} vertical gap={8}>
            <Typography.Text strong>
              {h.cadreName} → {h.successorName ?? '—'}（{h.preparedAt.slice(0, 10)}）{' '}
              <Tag color={h.status === 'confirmed' ? 'green' : 'orange'}>{l(statusLabel(h.status))}</Tag>
            </Typography.Text>
            <HandoverLists h={h} />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
