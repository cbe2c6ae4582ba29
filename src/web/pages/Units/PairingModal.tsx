import { Alert, App, Form, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { type PairingKind, pairingKindLabels, pairingKinds } from '../../../shared/dictionaries';
import { type PairingView, useAddPairing, useUpdatePairing } from '../../api/units';
import { useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { ScopedRegionSelect } from '../../components/ScopedRegionSelect';

interface PairingForm {
  kind: PairingKind | undefined;
  targetCode: string | undefined;
  from: string | null;
  to: string | null;
}

/** Adds a pairing of the unit with a county or village (pairing === null), or changes or ends one. */
export function PairingModal({
  open,
  unitId,
  pairing,
  onClose,
}: {
  open: boolean;
  unitId: string;
  pairing: PairingView | null;
  onClose: () => void;
}) {
  const session = useSession();
  const { l, t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PairingForm>();
  const add = useAddPairing();
  const update = useUpdatePairing();
  const [error, setError] = useState<string | null>(null);
  const from = Form.useWatch('from', form);
  const pending = add.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      pairing
        ? { kind: pairing.kind, targetCode: pairing.targetCode, from: pairing.from, to: pairing.to }
        : { kind: undefined, targetCode: undefined, from: null, to: null },
    );
  }, [open, pairing, form]);

  const onError = (e: Error) => {
    if (!showServerErrors(form, e)) setError(e.message);
  };

  const onFinish = (v: PairingForm) => {
    setError(null);
    const body = { kind: v.kind!, targetCode: v.targetCode!, from: v.from!, to: v.to ?? null };
    const onSuccess = () => {
      message.success(l({ zh: '结对帮扶关系已保存', en: 'Pairing saved' }));
      onClose();
    };
    if (pairing) update.mutate({ unitId, pairingId: pairing.id, changes: body }, { onSuccess, onError });
    else add.mutate({ unitId, body }, { onSuccess, onError });
  };

  return (
    <Modal
      open={open}
      title={
        pairing
          ? l({ zh: '修改结对帮扶关系', en: 'Edit the pairing' })
          : l({ zh: '新增结对帮扶关系', en: 'Add a pairing' })
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form<PairingForm> form={form} layout="vertical" onFinish={onFinish} disabled={pending}>
        <Form.Item
          label={l({ zh: '帮扶方式', en: 'Kind' })}
          name="kind"
          rules={[{ required: true, message: l({ zh: '请选择帮扶方式', en: 'Choose the kind' }) }]}
        >
          <Select options={pairingKinds.map((k) => ({ value: k, label: l(pairingKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item
          label={l({ zh: '帮扶对象（县或村）', en: 'Target (county or village)' })}
          name="targetCode"
          extra={l({ zh: '输入县或村的名称搜索', en: 'Type the name of a county or village' })}
          rules={[
            { required: true, message: l({ zh: '请选择帮扶的县或村', en: 'Choose the county or village' }) },
            {
              validator: async (_, code: string | undefined) => {
                if (code && code.length !== 6 && code.length !== 12) {
                  throw new Error(l({ zh: '帮扶对象应为县或村', en: 'Choose a county or a village' }));
                }
              },
            },
          ]}
        >
          <ScopedRegionSelect session={session} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={l({ zh: '起始日期', en: 'From' })}
          name="from"
          rules={[{ required: true, message: l({ zh: '请选择起始日期', en: 'Choose the start date' }) }]}
        >
          <IsoDatePicker />
        </Form.Item>
        <Form.Item
          label={l({ zh: '终止日期', en: 'To' })}
          name="to"
          extra={l({
            zh: '留空表示至今仍在帮扶；填写日期即终止',
            en: 'Empty while it lasts; a date ends it',
          })}
          rules={[
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
