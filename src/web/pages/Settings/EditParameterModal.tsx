import { Alert, App, Descriptions, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { type CatalogueEntry, type EffectiveParameter, useSetParameter } from '../../api/settings';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { settableByLabels, sourceText, valueText } from './labels';

interface Values {
  value: number | boolean | string | null;
  effectiveFrom: string | null;
  note: string;
}

/**
 * Sets a provincial parameter for the region from a date (PUT /api/settings/:regionCode/:key). The input
 * follows the key's type; the server checks type, bounds, scope and level and its refusal shows in words.
 */
export function EditParameterModal({
  region,
  entry,
  current,
  defaultDate,
  onClose,
}: {
  region: { code: string; name: string };
  entry: CatalogueEntry;
  current: EffectiveParameter;
  defaultDate: string;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const set = useSetParameter();
  const source = sourceText(current, lang);
  const bounds =
    entry.type === 'integer' && entry.min !== undefined && entry.max !== undefined
      ? { min: entry.min, max: entry.max }
      : null;

  const onFinish = (v: Values) =>
    set.mutate(
      {
        regionCode: region.code,
        key: entry.key,
        body: {
          value: v.value,
          effectiveFrom: v.effectiveFrom!,
          ...(v.note.trim() ? { note: v.note.trim() } : {}),
        },
      },
      {
        onSuccess: (s) => {
          message.success(
            l({
              zh: `已设置：${region.name}${entry.label.zh}为 ${valueText(entry, s.value, 'zh')}，自 ${s.effectiveFrom} 起施行`,
              en: `Set: ${entry.label.en} of ${region.name} is ${valueText(entry, s.value, 'en')} from ${s.effectiveFrom}`,
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
      title={l({ zh: `修改参数：${entry.label.zh}`, en: `Change: ${entry.label.en}` })}
      okText={l({ zh: '保存', en: 'Save' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ loading: set.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={l({ zh: '设置范围', en: 'For' })}>
          {region.name}（{region.code}）
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '现行值', en: 'In force' })}>
          {valueText(entry, current.value, lang)}
          <Typography.Text type="secondary">
            {' '}
            · {l(source.level)}
            {source.detail ? ` · ${source.detail}` : ''}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '全国默认值', en: 'National default' })}>
          {valueText(entry, entry.default, lang)} · {l(settableByLabels[entry.lowest])}
        </Descriptions.Item>
        <Descriptions.Item label={l({ zh: '依据', en: 'Rule' })}>
          <RuleTag ruleId={entry.ruleId} compact />
          {entry.note && <Typography.Text type="secondary"> {l(entry.note)}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ value: current.value, effectiveFrom: defaultDate, note: '' }}
      >
        <Form.Item
          name="value"
          label={l({ zh: '新值', en: 'New value' })}
          extra={
            bounds
              ? l({
                  zh: `${bounds.min} 至 ${bounds.max} 之间的整数${entry.unit ? `（${entry.unit.zh}）` : ''}`,
                  en: `A whole number from ${bounds.min} to ${bounds.max}${entry.unit ? ` (${entry.unit.en})` : ''}`,
                })
              : undefined
          }
          rules={[
            { required: true, message: l({ zh: '请填写新值', en: 'Give the new value' }) },
            ...(bounds
              ? [
                  {
                    // Checked in words, not clamped by the input: a typed 32 is refused, never saved as 31.
                    validator: async (_: unknown, value: unknown) => {
                      if (value === null || value === undefined) return;
                      if (
                        typeof value !== 'number' ||
                        !Number.isInteger(value) ||
                        value < bounds.min ||
                        value > bounds.max
                      ) {
                        throw new Error(
                          l({
                            zh: `应为 ${bounds.min} 至 ${bounds.max} 之间的整数`,
                            en: `Must be a whole number from ${bounds.min} to ${bounds.max}`,
                          }),
                        );
                      }
                    },
                  },
                ]
              : []),
          ]}
        >
          {entry.type === 'integer' ? (
            <InputNumber
              style={{ width: 200 }}
              suffix={entry.unit ? l(entry.unit) : undefined}
              aria-label={l({ zh: '新值', en: 'New value' })}
            />
          ) : entry.type === 'boolean' ? (
            <Radio.Group
              options={[
                { value: true, label: l({ zh: '是', en: 'Yes' }) },
                { value: false, label: l({ zh: '否', en: 'No' }) },
              ]}
            />
          ) : (
            <Select
              style={{ width: '100%' }}
              options={(entry.options ?? []).map((o) => ({
                value: o,
                label: entry.optionLabels?.[o] ? l(entry.optionLabels[o]) : o,
              }))}
            />
          )}
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={l({ zh: '施行日期', en: 'In force from' })}
          extra={l({
            zh: '自该日起按新值计算；此前各月仍按当时的值计算',
            en: 'Figures from this day use the new value; earlier months keep the value then in force',
          })}
          rules={[{ required: true, message: l({ zh: '请选择施行日期', en: 'Choose the date' }) }]}
        >
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="note" label={l({ zh: '依据文件或说明（选填）', en: 'Document or note (optional)' })}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {set.isError && <Alert type="error" showIcon role="alert" title={set.error.message} />}
    </Modal>
  );
}
