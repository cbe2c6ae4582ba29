import { Form, Modal, Radio, Select, Typography } from 'antd';
import type { Placement } from '../../api/matching';
import { useT } from '../../app/i18n';
import { slotLabels } from '../Teams/labels';

interface Values {
  needId: string;
  slot: Placement['slot'];
}

/**
 * Moves a suggested line to another open need or slot of the county before accepting it (the county
 * composes the teams: 因村派人、科学组队); the rules answer when it is accepted.
 */
export function MoveLineModal({
  line,
  needs,
  onMove,
  onClose,
}: {
  line: Placement;
  /** The open needs of this matching, by village. */
  needs: { needId: string; villageName: string }[];
  onMove: (target: Values) => void;
  onClose: () => void;
}) {
  const { l } = useT();
  const [form] = Form.useForm<Values>();
  const slots: Placement['slot'][] = ['first_secretary', 'member'];
  return (
    <Modal
      open
      title={l({ zh: `调整：${line.cadreName}`, en: `Move ${line.cadreName}` })}
      okText={l({ zh: '调整并接受', en: 'Move and accept' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {l({
          zh: `建议：${line.villageName} · ${l(slotLabels[line.slot])}。改派到其他村或岗位后立即按规则核对并安排；不符合规则的会在该行说明。`,
          en: `Suggested: ${line.villageName} · ${l(slotLabels[line.slot])}. Moved elsewhere, the line is checked against the rules and assigned at once; a refusal shows on the line.`,
        })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ needId: line.needId, slot: line.slot }}
        onFinish={onMove}
      >
        <Form.Item
          name="needId"
          label={l({ zh: '改派到', en: 'Move to' })}
          rules={[{ required: true, message: l({ zh: '请选择村', en: 'Choose a village' }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={needs.map((n) => ({ value: n.needId, label: n.villageName }))}
          />
        </Form.Item>
        <Form.Item name="slot" label={l({ zh: '岗位', en: 'Slot' })}>
          <Radio.Group
            optionType="button"
            options={slots.map((s) => ({ value: s, label: l(slotLabels[s]) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
