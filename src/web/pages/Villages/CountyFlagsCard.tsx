import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Modal, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type CountyFlag, countyFlagLabels, countyFlags } from '../../../shared/dictionaries';
import { can } from '../../../shared/permissions';
import { useCountyFlags, usePutCountyFlags } from '../../api/villages';
import { useSession } from '../../app/auth';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { IsoDatePicker } from '../../components/IsoDatePicker';

interface FlagRow {
  flag: CountyFlag;
  from: string | null;
  to: string | null;
}

/** The county above the list: its name and path, and its flags (重点帮扶县) with their dates. */
export function CountyFlagsCard({ county, date }: { county: string; date?: string }) {
  const session = useSession();
  const { l, lang } = useT();
  const flags = useCountyFlags(county, date);
  const [editing, setEditing] = useState(false);
  const writer = can(session, 'villages.write');

  if (flags.isPending)
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 1 }} />
      </Card>
    );
  // A user who cannot see the county (e.g. a unit user) simply gets no county header.
  if (flags.isError) return null;
  const view = flags.data;
  const path = view.county.path.map((p) => p.name).join(' › ');

  return (
    <Card size="small">
      <Flex align="center" gap={16} wrap role="region" aria-label={l({ zh: '所在县', en: 'County' })}>
        <Flex vertical>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {view.county.name}（{view.county.code}）
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {path}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap align="center" style={{ flex: 1 }}>
          {view.flags.length === 0 && (
            <Typography.Text type="secondary">
              {l({ zh: '无县级标识', en: 'No county flags' })}
            </Typography.Text>
          )}
          {view.flags.map((f) => {
            const active = f.from <= view.date && (!f.to || f.to >= view.date);
            return (
              <Tag
                key={`${f.flag}-${f.from}`}
                color={active ? 'red' : 'default'}
                style={{ marginInlineEnd: 0 }}
              >
                {l(countyFlagLabels[f.flag])} · {dayText(f.from, lang)}
                {f.to
                  ? `${lang === 'zh' ? '至' : '–'}${dayText(f.to, lang)}`
                  : l({ zh: '起', en: ' onwards' })}
              </Tag>
            );
          })}
          {view.flags.length > 0 && view.activeFlags.length === 0 && (
            <Typography.Text type="secondary">
              {l({
                zh: `${dayText(view.date, lang)}不是重点帮扶县`,
                en: `Not a key assisted county on ${dayText(view.date, lang)}`,
              })}
            </Typography.Text>
          )}
        </Flex>
        {writer && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {l({ zh: '维护县级标识', en: 'Edit county flags' })}
          </Button>
        )}
      </Flex>
      {editing && (
        <FlagsModal
          county={county}
          name={view.county.name}
          initial={view.flags.map((f) => ({ flag: f.flag, from: f.from, to: f.to }))}
          onClose={() => setEditing(false)}
        />
      )}
    </Card>
  );
}

function FlagsModal({
  county,
  name,
  initial,
  onClose,
}: {
  county: string;
  name: string;
  initial: FlagRow[];
  onClose: () => void;
}) {
  const { l, t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ flags: FlagRow[] }>();
  const save = usePutCountyFlags();
  const [error, setError] = useState<string | null>(null);

  const onFinish = ({ flags }: { flags: FlagRow[] }) => {
    setError(null);
    save.mutate(
      {
        county,
        body: { flags: (flags ?? []).map((f) => ({ flag: f.flag, from: f.from!, to: f.to ?? null })) },
      },
      {
        onSuccess: () => {
          message.success(l({ zh: '县级标识已保存', en: 'County flags saved' }));
          onClose();
        },
        onError: (e) => {
          // The server names the period and field it refuses ('flags.2.to'): put each under its field.
          const fields = isApiError(e) ? e.fields : [];
          const placed = fields
            .map((f) => ({ m: /^flags\.(\d+)\.(flag|from|to)$/.exec(f.field), message: f.message }))
            .filter((f) => f.m !== null);
          form.setFields(
            placed.map((f) => ({ name: ['flags', Number(f.m![1]), f.m![2]!] as never, errors: [f.message] })),
          );
          if (placed.length < fields.length || fields.length === 0) setError(e.message);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={l({ zh: `${name}的县级标识`, en: `Flags of ${name}` })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ flags: initial }} onFinish={onFinish}>
        <Form.List name="flags">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item name={[field.name, 'flag']} style={{ flex: 1, minWidth: 0, marginBottom: 0 }}>
                    <Select
                      aria-label={l({ zh: '标识', en: 'Flag' })}
                      options={countyFlags.map((f) => ({ value: f, label: l(countyFlagLabels[f]) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'from']}
                    style={{ width: 170, marginBottom: 0 }}
                    rules={[
                      { required: true, message: l({ zh: '请选择起始日期', en: 'Choose a start date' }) },
                    ]}
                  >
                    <IsoDatePicker
                      aria-label={l({ zh: '起始日期', en: 'From' })}
                      placeholder={l({ zh: '起始日期', en: 'From' })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'to']}
                    style={{ width: 170, marginBottom: 0 }}
                    dependencies={[['flags', field.name, 'from']]}
                    rules={[
                      {
                        validator: async (_, to: string | null) => {
                          const from = form.getFieldValue(['flags', field.name, 'from']) as string | null;
                          if (to && from && to < from) {
                            throw new Error(
                              l({
                                zh: '终止日期不能早于起始日期',
                                en: 'The end cannot come before the start',
                              }),
                            );
                          }
                        },
                      },
                    ]}
                  >
                    <IsoDatePicker
                      aria-label={l({ zh: '终止日期', en: 'To' })}
                      placeholder={l({ zh: '至今', en: 'Open' })}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={l({ zh: '删除此期间', en: 'Remove this period' })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ flag: 'keyAssistedCounty', from: null, to: null })}
              >
                {l({ zh: '新增期间', en: 'Add a period' })}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
