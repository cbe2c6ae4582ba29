import { Alert, App, Form, Modal, Typography } from 'antd';
import { type AssignmentView, usePatchAssignment } from '../../api/assignments';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';

interface Values {
  partyRelationTransferredOn: string | null;
  fullTimeAcknowledgedOn: string | null;
}

/**
 * The checklist of a stationed cadre (P21.5-partyrel, P21.5-fulltime): the day the party-membership relation
 * moved to the village and the day the cadre acknowledged doing no work for the original unit.
 */
export function ChecklistModal({
  assignment,
  onClose,
}: {
  /** Mounted only while open. */
  assignment: Pick<
    AssignmentView,
    'id' | 'cadreName' | 'startOn' | 'policyVersion' | 'partyRelationTransferredOn' | 'fullTimeAcknowledgedOn'
  >;
  onClose: () => void;
}) {
  const { l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const patch = usePatchAssignment();
  // The clause of the policy in force when the term started.
  const p17 = assignment.policyVersion === 'P17';

  const onFinish = (values: Values) =>
    patch.mutate(
      { id: assignment.id, body: values },
      {
        onSuccess: () => {
          message.success(
            l({ zh: `已记录${assignment.cadreName}的转接情况`, en: `Recorded for ${assignment.cadreName}` }),
          );
          onClose();
        },
        onError: (e) => showServerErrors(form, e),
      },
    );

  return (
    <Modal
      open
      title={l({
        zh: `组织关系转接与专职驻村：${assignment.cadreName}`,
        en: `Checklist of ${assignment.cadreName}`,
      })}
      okText={l({ zh: '保存', en: 'Save' })}
      okButtonProps={{ loading: patch.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={patch.isPending}
        initialValues={{
          partyRelationTransferredOn: assignment.partyRelationTransferredOn,
          fullTimeAcknowledgedOn: assignment.fullTimeAcknowledgedOn,
        }}
      >
        <Form.Item
          name="partyRelationTransferredOn"
          label={l({ zh: '党员组织关系转到村的日期', en: 'Party relation moved to the village on' })}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <RuleTag ruleId={p17 ? 'P17.2.3-partyrel' : 'P21.5-partyrel'} />{' '}
              {l({
                zh: '驻村期间党员组织关系转到村，不担任村“两委”职务。非党员不填。',
                en: 'While stationed the party relation moves to the village. Leave empty for a non-member.',
              })}
            </Typography.Text>
          }
        >
          <IsoDatePicker minDate={assignment.startOn} />
        </Form.Item>
        <Form.Item
          name="fullTimeAcknowledgedOn"
          label={l({ zh: '确认脱产驻村的日期', en: 'Full-time stationing acknowledged on' })}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <RuleTag ruleId={p17 ? 'P17.2.3-fulltime' : 'P21.5-fulltime'} />{' '}
              {l({
                zh: '驻村期间不承担原单位工作，人事关系、工资和福利待遇不变。',
                en: 'No work for the original unit while stationed; personnel relations, pay and benefits stay.',
              })}
            </Typography.Text>
          }
        >
          <IsoDatePicker />
        </Form.Item>
      </Form>
      {patch.isError && <Alert type="error" showIcon role="alert" title={patch.error.message} />}
    </Modal>
  );
}
