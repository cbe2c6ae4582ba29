import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { can } from '../../../shared/permissions';
import { type LocalDayView, useAddLocalDay, useLocalDays, useRemoveLocalDay } from '../../api/calendar';
import { useSession } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { settingLevelLabels, settingLevelOf } from './labels';

const kindLabels = {
  holiday: { zh: '放假', en: 'Day off' },
  working: { zh: '上班', en: 'Working day' },
} as const;

/**
 * 地方假日: days a province, city or county adds for its region (a local festival off, a day worked), listed
 * for the region with those of the levels above it and, in scope, below it; added and removed by those who
 * maintain the calendar (calendar.write), audited by the server.
 */
export function LocalDaysCard({ region, year }: { region: { code: string; name: string }; year: number }) {
  const session = useSession();
  const { l, lang } = useT();
  const { message } = App.useApp();
  const list = useLocalDays(region.code, year);
  const remove = useRemoveLocalDay();
  const [adding, setAdding] = useState(false);
  const writer = can(session, 'calendar.write');

  const columns: TableColumnsType<LocalDayView> = [
    {
      title: l({ zh: '日期', en: 'Date' }),
      dataIndex: 'date',
      width: 140,
      render: (d: string) => dayText(d, lang),
    },
    {
      title: l({ zh: '安排', en: 'Kind' }),
      dataIndex: 'kind',
      width: 90,
      render: (k: LocalDayView['kind']) => (
        <Tag color={k === 'holiday' ? 'red' : 'orange'}>{l(kindLabels[k])}</Tag>
      ),
    },
    { title: l({ zh: '名称', en: 'Name' }), dataIndex: 'name', width: 140 },
    {
      title: l({ zh: '设置单位', en: 'Set by' }),
      key: 'region',
      width: 150,
      render: (_, r) => {
        const level = settingLevelOf(r.regionCode);
        return (
          <>
            {r.regionName ?? r.regionCode}
            {level && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                {l(settingLevelLabels[level])}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    { title: l({ zh: '说明', en: 'Note' }), dataIndex: 'note', render: (n: string | null) => n ?? '—' },
    {
      title: l({ zh: '录入', en: 'Added' }),
      key: 'added',
      width: 200,
      render: (_, r) => (
        <Typography.Text style={{ fontSize: 12 }}>
          {r.addedByName} · {formatDateTime(r.addedAt, lang)}
        </Typography.Text>
      ),
    },
    ...(writer
      ? [
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            width: 80,
            render: (_: unknown, r: LocalDayView) => (
              <Popconfirm
                title={l({ zh: `删除 ${r.date} ${r.name}？`, en: `Remove ${r.date} ${r.name}?` })}
                okText={l({ zh: '删除', en: 'Remove' })}
                cancelText={l({ zh: '取消', en: 'Cancel' })}
                onConfirm={() =>
                  remove.mutateAsync(r.id).then(
                    () => message.success(l({ zh: '已删除', en: 'Removed' })),
                    (e: Error) => message.error(e.message),
                  )
                }
              >
                <Button
                  size="small"
                  danger
                  aria-label={l({ zh: `删除${r.date}${r.name}`, en: `Remove ${r.date} ${r.name}` })}
                >
                  {l({ zh: '删除', en: 'Remove' })}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title={l({
        zh: `地方假日和调休：${region.name}（${year}年）`,
        en: `Local days: ${region.name} (${year})`,
      })}
      extra={
        writer && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {l({ zh: '添加地方假日', en: 'Add a local day' })}
          </Button>
        )
      }
    >
      {list.isError && <Alert type="error" showIcon role="alert" title={list.error.message} />}
      <Table<LocalDayView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isPending}
        pagination={false}
        locale={{
          emptyText: l({
            zh: '本年度没有地方设置的假日或上班日',
            en: 'No local days this year',
          }),
        }}
      />
      {adding && (
        <AddLocalDayModal
          defaultRegion={settingLevelOf(region.code) ? region.code : region.code.slice(0, 6)}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

interface Values {
  regionCode: string | undefined;
  date: string | null;
  kind: 'holiday' | 'working';
  name: string;
  note: string;
}

function AddLocalDayModal({ defaultRegion, onClose }: { defaultRegion: string; onClose: () => void }) {
  const session = useSession();
  const { l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddLocalDay();
  const onFinish = (v: Values) =>
    add.mutate(
      {
        regionCode: v.regionCode!,
        date: v.date!,
        kind: v.kind,
        name: v.name.trim(),
        ...(v.note.trim() ? { note: v.note.trim() } : {}),
      },
      {
        onSuccess: (d) => {
          message.success(
            l({
              zh: `已添加：${d.regionName ?? d.regionCode} ${d.date} ${d.name}`,
              en: `Added: ${d.date} ${d.name}`,
            }),
          );
          onClose();
        },
        onError: (e) => {
          showServerErrors(form, e);
        },
      },
    );
  return (
    <Modal
      open
      title={l({ zh: '添加地方假日', en: 'Add a local day' })}
      okText={l({ zh: '添加', en: 'Add' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ loading: add.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ regionCode: defaultRegion, date: null, kind: 'holiday', name: '', note: '' }}
      >
        <Form.Item
          name="regionCode"
          label={l({ zh: '适用区域（省、市或县）', en: 'For (a province, city or county)' })}
          rules={[{ required: true, message: l({ zh: '请选择区域', en: 'Choose a region' }) }]}
        >
          <ScopedRegionSelect session={session} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="date"
          label={l({ zh: '日期', en: 'Date' })}
          rules={[{ required: true, message: l({ zh: '请选择日期', en: 'Choose the date' }) }]}
        >
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="kind" label={l({ zh: '安排', en: 'Kind' })}>
          <Radio.Group
            options={(['holiday', 'working'] as const).map((k) => ({ value: k, label: l(kindLabels[k]) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={l({ zh: '名称', en: 'Name' })}
          rules={[{ required: true, whitespace: true, message: l({ zh: '请填写名称', en: 'Give a name' }) }]}
        >
          <Input maxLength={40} placeholder={l({ zh: '如：苗族四月八', en: 'e.g. a local festival' })} />
        </Form.Item>
        <Form.Item name="note" label={l({ zh: '依据或说明（选填）', en: 'Document or note (optional)' })}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {add.isError && <Alert type="error" showIcon role="alert" title={add.error.message} />}
    </Modal>
  );
}
