import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type VillageCategory, villageCategories, villageCategoryLabels } from '../../../shared/dictionaries';
import { can } from '../../../shared/permissions';
import { type CategoryPeriod, usePutProfile, type VillageView } from '../../api/villages';
import { useSession } from '../../app/auth';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { CalendarDay, dayText, todayInShanghai } from '../../components/CalendarDay';
import { CategoryTimeline } from '../../components/CategoryTimeline';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { VillageCategoryTags } from '../../components/VillageCategoryTags';

type Period = VillageView['categories'][number];
type Editing = { mode: 'add' } | { mode: 'edit' | 'end'; index: number };

interface PeriodForm {
  category: VillageCategory;
  from: string | null;
  to: string | null;
}

const toBody = (periods: readonly Period[]): CategoryPeriod[] =>
  periods.map((p) => ({ category: p.category, from: p.from, to: p.to }));

/**
 * The category history: "what was this village on date D", the timeline, and the periods — which the county
 * organisation department adds, ends, corrects or removes (each change replaces the history, PUT profile).
 */
export function CategoryHistory({
  village,
  date,
  onDate,
}: {
  village: VillageView;
  date: string | undefined;
  onDate: (date: string | undefined) => void;
}) {
  const session = useSession();
  const { l, lang } = useT();
  const { message } = App.useApp();
  const save = usePutProfile();
  const [editing, setEditing] = useState<Editing | null>(null);
  const writer = can(session, 'villages.write');
  const today = todayInShanghai();
  const periods = village.categories;

  const remove = (index: number) =>
    save.mutate(
      { code: village.code, body: { categories: toBody(periods.filter((_, i) => i !== index)) } },
      {
        onSuccess: () => message.success(l({ zh: '已删除该类别期间', en: 'Period removed' })),
        onError: (e) => message.error(e.message),
      },
    );

  const columns: TableColumnsType<Period> = [
    {
      title: l({ zh: '类别', en: 'Category' }),
      dataIndex: 'category',
      render: (c: VillageCategory) => <VillageCategoryTags categories={[c]} />,
    },
    {
      title: l({ zh: '起始日期', en: 'From' }),
      dataIndex: 'from',
      width: 150,
      render: (d: string) => <CalendarDay date={d} />,
    },
    {
      title: l({ zh: '终止日期', en: 'To' }),
      dataIndex: 'to',
      width: 150,
      render: (d: string | null) =>
        d ? <CalendarDay date={d} /> : <Tag color="blue">{l({ zh: '至今', en: 'Open' })}</Tag>,
    },
    ...(writer
      ? [
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            width: 200,
            render: (_: unknown, p: Period, index: number) => (
              <Space size={0}>
                {!p.to && (
                  <Button type="link" size="small" onClick={() => setEditing({ mode: 'end', index })}>
                    {l({ zh: '终止', en: 'End' })}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setEditing({ mode: 'edit', index })}>
                  {l({ zh: '修改', en: 'Edit' })}
                </Button>
                <Popconfirm
                  title={l({
                    zh: `删除“${l(villageCategoryLabels[p.category])}”这一期间？`,
                    en: `Remove this ${l(villageCategoryLabels[p.category])} period?`,
                  })}
                  description={l({
                    zh: '删除后该村在这段时间不再属于此类别；通常应“终止”而不是删除。',
                    en: 'The village will no longer have held it then; usually you end a period instead.',
                  })}
                  okText={l({ zh: '删除', en: 'Remove' })}
                  okButtonProps={{ danger: true }}
                  cancelText={l({ zh: '取消', en: 'Cancel' })}
                  onConfirm={() => remove(index)}
                >
                  <Button type="link" size="small" danger>
                    {l({ zh: '删除', en: 'Remove' })}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const asked = date ?? today;
  return (
    <Card
      title={l({ zh: '村类别变化', en: 'Category history' })}
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'add' })}>
            {l({ zh: '新增类别期间', en: 'Add a category period' })}
          </Button>
        )
      }
    >
      <Flex
        align="center"
        gap={12}
        wrap
        style={{ marginBottom: 16, padding: '10px 12px', background: '#f6f8fb', borderRadius: 4 }}
      >
        <Typography.Text strong>
          {l({ zh: '这个村在某一天是什么类别：', en: 'What this village was on:' })}
        </Typography.Text>
        <IsoDatePicker
          aria-label={l({ zh: '查询日期', en: 'As of' })}
          placeholder={l({ zh: '今天', en: 'Today' })}
          value={date}
          onChange={(d) => onDate(d ?? undefined)}
          style={{ width: 180 }}
        />
        <Flex gap={8} align="center" wrap role="status" aria-label={l({ zh: '查询结果', en: 'Result' })}>
          <Typography.Text>
            {l({
              zh: `${dayText(asked, lang)}${asked === today ? '（今天）' : ''}：`,
              en: `${dayText(asked, lang)}${asked === today ? ' (today)' : ''}:`,
            })}
          </Typography.Text>
          <VillageCategoryTags categories={village.activeCategories} />
        </Flex>
      </Flex>
      <CategoryTimeline periods={periods} today={today} date={date} />
      <Table<Period>
        rowKey={(p) => `${p.category}-${p.from}`}
        size="small"
        style={{ marginTop: 12 }}
        columns={columns}
        dataSource={periods}
        pagination={false}
        loading={save.isPending}
      />
      {editing && <PeriodModal village={village} editing={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function PeriodModal({
  village,
  editing,
  onClose,
}: {
  village: VillageView;
  editing: Editing;
  onClose: () => void;
}) {
  const { l, t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PeriodForm>();
  const save = usePutProfile();
  const [error, setError] = useState<string | null>(null);
  const periods = village.categories;
  const index = editing.mode === 'add' ? periods.length : editing.index;
  const current = editing.mode === 'add' ? undefined : periods[editing.index];
  const from = Form.useWatch('from', form);

  const title =
    editing.mode === 'add'
      ? l({ zh: '新增类别期间', en: 'Add a category period' })
      : editing.mode === 'end'
        ? l({ zh: '终止类别期间', en: 'End a category period' })
        : l({ zh: '修改类别期间', en: 'Edit a category period' });

  const onFinish = (values: PeriodForm) => {
    setError(null);
    const period: Period = {
      category: values.category ?? current!.category,
      from: values.from ?? current!.from,
      to: values.to ?? null,
    };
    const next =
      editing.mode === 'add' ? [...periods, period] : periods.map((p, i) => (i === index ? period : p));
    save.mutate(
      { code: village.code, body: { categories: toBody(next) } },
      {
        onSuccess: () => {
          message.success(l({ zh: '村类别已保存', en: 'Categories saved' }));
          onClose();
        },
        onError: (e) => {
          // The server names the period and field it refuses ('categories.2.to'): put it on ours when it is ours.
          const fields = isApiError(e) ? e.fields : [];
          const mine = fields
            .map((f) => ({ m: /^categories\.(\d+)\.(category|from|to)$/.exec(f.field), message: f.message }))
            .filter((f) => f.m && Number(f.m[1]) === index);
          if (mine.length > 0) {
            form.setFields(mine.map((f) => ({ name: f.m![2] as keyof PeriodForm, errors: [f.message] })));
          }
          if (mine.length < fields.length || fields.length === 0) setError(e.message);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form<PeriodForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          current
            ? {
                category: current.category,
                from: current.from,
                to: current.to ?? (editing.mode === 'end' ? todayInShanghai() : null),
              }
            : { from: null, to: null }
        }
      >
        <Form.Item
          label={l({ zh: '类别', en: 'Category' })}
          name="category"
          rules={[{ required: true, message: l({ zh: '请选择类别', en: 'Choose a category' }) }]}
        >
          <Select
            disabled={editing.mode === 'end'}
            options={villageCategories.map((c) => ({ value: c, label: l(villageCategoryLabels[c]) }))}
          />
        </Form.Item>
        <Form.Item
          label={l({ zh: '起始日期', en: 'From' })}
          name="from"
          rules={[{ required: true, message: l({ zh: '请选择起始日期', en: 'Choose the start date' }) }]}
        >
          <IsoDatePicker disabled={editing.mode === 'end'} />
        </Form.Item>
        <Form.Item
          label={l({ zh: '终止日期', en: 'To' })}
          name="to"
          extra={l({ zh: '留空表示至今仍属此类别', en: 'Leave empty while the village still holds it' })}
          rules={[
            {
              required: editing.mode === 'end',
              message: l({ zh: '请选择终止日期', en: 'Choose the end date' }),
            },
            {
              validator: async (_, to: string | null) => {
                if (to && from && to < from) {
                  throw new Error(
                    l({ zh: '终止日期不能早于起始日期', en: 'The end cannot come before the start' }),
                  );
                }
              },
            },
          ]}
        >
          {/* No minDate: a picker with one would drop an earlier end and the period would be saved
              open-ended (clerk finding 4); the rule above refuses it in words instead. */}
          <IsoDatePicker placeholder={l({ zh: '至今', en: 'Open' })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
