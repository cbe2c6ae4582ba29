import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Drawer,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { idNumberProblems, parseIdNumber } from '../../../domain/registry/id-number';
import {
  type Gender,
  genderLabels,
  genders,
  type PartyStatus,
  partyStatuses,
  partyStatusLabels,
  type Rank,
  rankLabels,
  ranks,
  type Strength,
  strengthLabels,
  strengths,
} from '../../../shared/dictionaries';
import { type CadreView, type CreateCadreBody, useCreateCadre, useUpdateCadre } from '../../api/cadres';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { UnitSelect } from '../../components/UnitSelect';

interface CadreForm {
  name: string;
  idNumber: string;
  gender: Gender | undefined;
  birthDate: string | null;
  phone: string;
  unitId: string | undefined;
  partyStatus: PartyStatus | undefined;
  partyJoinedOn: string | null;
  partyFullOn: string | null;
  workStartedOn: string | null;
  rank: Rank | null;
  strengths: Strength[];
  marks: ('reserveCadre' | 'young' | 'steppedDownForAge' | 'ruralExperience' | 'agriExpertise')[];
}

const markKeys = ['reserveCadre', 'young', 'steppedDownForAge', 'ruralExperience', 'agriExpertise'] as const;

// The contract's patterns (src/shared/contracts/cadres.ts); the checksum comes from src/domain/registry.
const ID_PATTERN = /^\d{17}[\dXx]$/;
const PHONE_PATTERN = /^1[3-9]\d{9}$/;

/** What the ID number typed says: checksum right or wrong, and the birth date and gender it carries. */
function IdNumberHint({ value }: { value: string | undefined }) {
  const { l, lang } = useT();
  const id = (value ?? '').trim();
  if (id.length === 0) return null;
  if (id.length < 18) {
    return (
      <Typography.Text type="secondary">
        {l({ zh: `已输入 ${id.length} 位，共 18 位`, en: `${id.length} of 18 characters` })}
      </Typography.Text>
    );
  }
  const parsed = parseIdNumber(id);
  if (!parsed.ok) return null;
  return (
    <Typography.Text type="success">
      {l({ zh: '校验码正确：', en: 'Check character correct: ' })}
      {lang === 'zh'
        ? `出生日期 ${parsed.facts.birthDate}，${genderLabels[parsed.facts.gender].zh}`
        : `born ${parsed.facts.birthDate}, ${genderLabels[parsed.facts.gender].en.toLowerCase()}`}
    </Typography.Text>
  );
}

/** Registers a cadre (cadre === null) or changes one. The plain ID number and phone are never shown here. */
export function CadreDrawer({
  open,
  cadre,
  onClose,
}: {
  open: boolean;
  cadre: CadreView | null;
  onClose: (created?: CadreView) => void;
}) {
  const { l, t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CadreForm>();
  const create = useCreateCadre();
  const update = useUpdateCadre();
  const [topError, setTopError] = useState<string | null>(null);
  const editing = cadre !== null;
  const pending = create.isPending || update.isPending;
  const idNumber = Form.useWatch('idNumber', form);
  const partyStatus = Form.useWatch('partyStatus', form);
  const today = todayInShanghai();

  useEffect(() => {
    if (!open) return;
    setTopError(null);
    form.resetFields();
    form.setFieldsValue(
      cadre
        ? {
            name: cadre.name,
            idNumber: '',
            gender: cadre.gender,
            birthDate: cadre.birthDate,
            phone: '',
            unitId: cadre.unitId,
            partyStatus: cadre.partyStatus,
            partyJoinedOn: cadre.partyJoinedOn,
            partyFullOn: cadre.partyFullOn,
            workStartedOn: cadre.workStartedOn,
            rank: cadre.rank,
            strengths: cadre.strengths,
            marks: markKeys.filter((k) => cadre[k]),
          }
        : {
            name: '',
            idNumber: '',
            gender: undefined,
            birthDate: null,
            phone: '',
            unitId: undefined,
            partyStatus: undefined,
            partyJoinedOn: null,
            partyFullOn: null,
            workStartedOn: null,
            rank: null,
            strengths: [],
            marks: [],
          },
    );
  }, [open, cadre, form]);

  // A valid ID number fills in the birth date and gender it carries when they are still empty.
  const onValuesChange = (changed: Partial<CadreForm>) => {
    if (changed.idNumber !== undefined) {
      const parsed = parseIdNumber(changed.idNumber);
      if (parsed.ok) {
        if (!form.getFieldValue('birthDate')) form.setFieldValue('birthDate', parsed.facts.birthDate);
        if (!form.getFieldValue('gender')) form.setFieldValue('gender', parsed.facts.gender);
        form.validateFields(['birthDate', 'gender']).catch(() => undefined);
      }
    }
    if (changed.partyStatus === 'none') form.setFieldsValue({ partyJoinedOn: null, partyFullOn: null });
    if (changed.partyStatus === 'probationary') form.setFieldValue('partyFullOn', null);
  };

  const onError = (error: Error) => {
    const placed = showServerErrors(form, error);
    setTopError(placed ? null : error.message);
  };

  const onFinish = (v: CadreForm) => {
    setTopError(null);
    const marks = Object.fromEntries(markKeys.map((k) => [k, v.marks.includes(k)])) as Record<
      (typeof markKeys)[number],
      boolean
    >;
    const body: CreateCadreBody = {
      name: v.name.trim(),
      gender: v.gender!,
      birthDate: v.birthDate!,
      idNumber: v.idNumber.trim().toUpperCase(),
      phone: v.phone.trim(),
      unitId: v.unitId!,
      partyStatus: v.partyStatus!,
      partyJoinedOn: v.partyStatus === 'none' ? null : v.partyJoinedOn,
      partyFullOn: v.partyStatus === 'full' ? v.partyFullOn : null,
      workStartedOn: v.workStartedOn!,
      rank: v.rank ?? null,
      strengths: v.strengths,
      ...marks,
    };
    if (cadre) {
      // Numbers left empty stay as they are: they are stored encrypted and never come back to the browser.
      // A birth date not shown to this reader (it goes with the reveal right) stays as it is too.
      const { idNumber: newId, phone: newPhone, birthDate, ...rest } = body;
      update.mutate(
        {
          id: cadre.id,
          changes: {
            ...rest,
            ...(birthDate ? { birthDate } : {}),
            ...(newId ? { idNumber: newId } : {}),
            ...(newPhone ? { phone: newPhone } : {}),
          },
        },
        {
          onSuccess: () => {
            message.success(l({ zh: '干部信息已保存', en: 'Cadre saved' }));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          message.success(l({ zh: `已登记 ${created.name}`, en: `Registered ${created.name}` }));
          onClose(created);
        },
        onError,
      });
    }
  };

  const required = (field: string) => ({
    required: true,
    message: l({ zh: `请填写${field}`, en: `Give the ${field}` }),
  });
  const notFuture = {
    validator: async (_: unknown, value: string | null) => {
      if (value && value > today) throw new Error(l({ zh: '不能晚于今天', en: 'Cannot be after today' }));
    },
  };
  // Birth date and gender must agree with the ID number (GB 11643): checked as the user types.
  const agreesWithId = (field: 'birthDate' | 'gender') => ({
    validator: async (_: unknown, value: string | undefined) => {
      const id = (form.getFieldValue('idNumber') as string | undefined)?.trim();
      if (!id || !value || !ID_PATTERN.test(id)) return;
      const problem = idNumberProblems(id, { [field]: value }).find((p) => p.field === field);
      if (problem) throw new Error(l(problem.message));
    },
  });

  return (
    <Drawer
      open={open}
      onClose={() => onClose()}
      size={720}
      title={
        cadre
          ? l({ zh: `编辑干部：${cadre.name}`, en: `Edit ${cadre.name}` })
          : l({ zh: '登记干部', en: 'Register a cadre' })
      }
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {topError && <Alert type="error" showIcon role="alert" title={topError} style={{ marginBottom: 16 }} />}
      <Form<CadreForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        disabled={pending}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label={l({ zh: '姓名', en: 'Name' })}
              name="name"
              rules={[{ ...required(l({ zh: '姓名', en: 'name' })), whitespace: true }, { max: 50 }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={l({ zh: '派出单位', en: 'Dispatching unit' })}
              name="unitId"
              rules={[{ required: true, message: l({ zh: '请选择派出单位', en: 'Choose the unit' }) }]}
            >
              <UnitSelect style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={l({ zh: '身份证号', en: 'ID number' })}
          name="idNumber"
          validateFirst
          extra={
            <>
              {editing && !idNumber && (
                <Typography.Text type="secondary">
                  {l({
                    zh: `当前为 ${cadre.idNumberMasked}；不修改请留空`,
                    en: `Now ${cadre.idNumberMasked}; leave empty to keep it`,
                  })}
                </Typography.Text>
              )}
              <IdNumberHint value={idNumber} />
            </>
          }
          rules={[
            ...(editing ? [] : [required(l({ zh: '身份证号', en: 'ID number' }))]),
            {
              pattern: ID_PATTERN,
              message: l({
                zh: '身份证号应为 18 位：17 位数字加 1 位数字或 X',
                en: 'An ID number has 18 characters: 17 digits and a digit or X',
              }),
            },
            {
              validator: async (_, value: string | undefined) => {
                if (!value) return;
                const parsed = parseIdNumber(value);
                if (!parsed.ok) throw new Error(l(parsed.message));
              },
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label={l({ zh: '出生日期', en: 'Birth date' })}
              name="birthDate"
              dependencies={['idNumber']}
              rules={[
                ...(cadre && cadre.birthDate === null
                  ? []
                  : [required(l({ zh: '出生日期', en: 'birth date' }))]),
                notFuture,
                agreesWithId('birthDate'),
              ]}
            >
              <IsoDatePicker maxDate={today} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={l({ zh: '性别', en: 'Gender' })}
              name="gender"
              dependencies={['idNumber']}
              rules={[
                { required: true, message: l({ zh: '请选择性别', en: 'Choose the gender' }) },
                agreesWithId('gender'),
              ]}
            >
              <Radio.Group options={genders.map((g) => ({ value: g, label: l(genderLabels[g]) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label={l({ zh: '手机号', en: 'Mobile phone' })}
              name="phone"
              extra={
                editing
                  ? l({
                      zh: `当前为 ${cadre.phoneMasked}；不修改请留空`,
                      en: `Now ${cadre.phoneMasked}; leave empty to keep it`,
                    })
                  : undefined
              }
              rules={[
                ...(editing ? [] : [required(l({ zh: '手机号', en: 'phone' }))]),
                {
                  pattern: PHONE_PATTERN,
                  message: l({
                    zh: '手机号应为 11 位数字，以 1 开头',
                    en: 'A mobile number has 11 digits starting with 1',
                  }),
                },
              ]}
            >
              <Input maxLength={11} autoComplete="off" inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label={l({ zh: '参加工作时间', en: 'Started work on' })}
              name="workStartedOn"
              rules={[required(l({ zh: '参加工作时间', en: 'start of work' })), notFuture]}
            >
              <IsoDatePicker maxDate={today} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label={l({ zh: '政治面貌', en: 'Party status' })}
              name="partyStatus"
              rules={[
                { required: true, message: l({ zh: '请选择政治面貌', en: 'Choose the party status' }) },
              ]}
            >
              <Select options={partyStatuses.map((s) => ({ value: s, label: l(partyStatusLabels[s]) }))} />
            </Form.Item>
          </Col>
          {partyStatus && partyStatus !== 'none' && (
            <Col span={8}>
              <Form.Item
                label={l({ zh: '入党时间', en: 'Joined the party' })}
                name="partyJoinedOn"
                rules={[notFuture]}
              >
                <IsoDatePicker maxDate={today} />
              </Form.Item>
            </Col>
          )}
          {partyStatus === 'full' && (
            <Col span={8}>
              <Form.Item
                label={l({ zh: '转正时间', en: 'Full member since' })}
                name="partyFullOn"
                dependencies={['partyJoinedOn']}
                rules={[
                  notFuture,
                  {
                    validator: async (_, value: string | null) => {
                      const joined = form.getFieldValue('partyJoinedOn') as string | null;
                      if (value && joined && value < joined) {
                        throw new Error(
                          l({ zh: '转正时间不能早于入党时间', en: 'Cannot be before joining' }),
                        );
                      }
                    },
                  },
                ]}
              >
                <IsoDatePicker maxDate={today} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={l({ zh: '职级', en: 'Rank' })} name="rank">
              <Select allowClear options={ranks.map((r) => ({ value: r, label: l(rankLabels[r]) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item label={l({ zh: '擅长', en: 'Strengths' })} name="strengths">
              <Checkbox.Group options={strengths.map((s) => ({ value: s, label: l(strengthLabels[s]) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={l({ zh: '其他情况', en: 'Other' })} name="marks">
          <Checkbox.Group
            options={[
              { value: 'reserveCadre', label: l({ zh: '后备干部', en: 'Reserve cadre' }) },
              { value: 'young', label: l({ zh: '列入年轻干部名单', en: 'On the young-cadre list' }) },
              { value: 'ruralExperience', label: l({ zh: '有农村工作经验', en: 'Rural work experience' }) },
              {
                value: 'agriExpertise',
                label: l({ zh: '有涉农专业技术特长', en: 'Agricultural expertise' }),
              },
              {
                value: 'steppedDownForAge',
                label: l({
                  zh: '因年龄原因从领导岗位调整下来、尚未退休',
                  en: 'Stepped down for age, not retired',
                }),
              },
            ]}
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
