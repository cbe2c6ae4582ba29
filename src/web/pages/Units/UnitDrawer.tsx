import { Alert, App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import {
  type UnitKind,
  type UnitLevel,
  unitKindLabels,
  unitKinds,
  unitLevelLabels,
  unitLevels,
} from '../../../shared/dictionaries';
import { type UnitView, useCreateUnit, useUpdateUnit } from '../../api/units';
import { useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { UnitSelect } from '../../components/UnitSelect';

interface UnitForm {
  name: string;
  kind: UnitKind | undefined;
  level: UnitLevel | undefined;
  regionCode: string | undefined;
  parentId: string | null | undefined;
}

// The level a kind of unit usually has, offered when the level is still empty.
const usualLevel: Partial<Record<UnitKind, UnitLevel>> = {
  central_organ: 'central',
  central_soe: 'central',
  provincial_organ: 'province',
  city_organ: 'city',
  county_organ: 'county',
};

/** Creates a dispatching unit (unit === null) or changes one: name, kind, level, region, parent unit. */
export function UnitDrawer({
  open,
  unit,
  onClose,
}: {
  open: boolean;
  unit: UnitView | null;
  onClose: (created?: UnitView) => void;
}) {
  const session = useSession();
  const { l, t } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitForm>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [topError, setTopError] = useState<string | null>(null);
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    setTopError(null);
    form.resetFields();
    form.setFieldsValue(
      unit
        ? {
            name: unit.name,
            kind: unit.kind,
            level: unit.level,
            regionCode: unit.regionCode,
            parentId: unit.parentId,
          }
        : { name: '', kind: undefined, level: undefined, regionCode: undefined, parentId: null },
    );
  }, [open, unit, form]);

  const onError = (error: Error) => {
    const placed = showServerErrors(form, error);
    setTopError(placed ? null : error.message);
  };

  const onFinish = (v: UnitForm) => {
    setTopError(null);
    const body = {
      name: v.name.trim(),
      kind: v.kind!,
      level: v.level!,
      regionCode: v.regionCode!,
      parentId: v.parentId ?? null,
    };
    if (unit) {
      update.mutate(
        { id: unit.id, changes: body },
        {
          onSuccess: () => {
            message.success(l({ zh: '单位信息已保存', en: 'Unit saved' }));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          message.success(l({ zh: `已新建“${created.name}”`, en: `Created ${created.name}` }));
          onClose(created);
        },
        onError,
      });
    }
  };

  const required = (what: string) => ({
    required: true,
    message: l({ zh: `请选择${what}`, en: `Choose the ${what}` }),
  });

  return (
    <Drawer
      open={open}
      onClose={() => onClose()}
      size={560}
      title={
        unit
          ? l({ zh: `编辑：${unit.name}`, en: `Edit ${unit.name}` })
          : l({ zh: '新建派出单位', en: 'New dispatching unit' })
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
      <Form<UnitForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={pending}
        onValuesChange={(changed: Partial<UnitForm>) => {
          const level = changed.kind ? usualLevel[changed.kind] : undefined;
          if (level && !form.getFieldValue('level')) form.setFieldValue('level', level);
        }}
      >
        <Form.Item
          label={l({ zh: '单位名称', en: 'Name' })}
          name="name"
          rules={[
            {
              required: true,
              whitespace: true,
              message: l({ zh: '请填写单位名称', en: 'Give the unit name' }),
            },
            { max: 100, message: l({ zh: '单位名称不超过 100 字', en: 'At most 100 characters' }) },
          ]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item
          label={l({ zh: '单位类别', en: 'Kind' })}
          name="kind"
          rules={[required(l({ zh: '单位类别', en: 'kind' }))]}
        >
          <Select options={unitKinds.map((k) => ({ value: k, label: l(unitKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item
          label={l({ zh: '层级', en: 'Level' })}
          name="level"
          rules={[required(l({ zh: '层级', en: 'level' }))]}
        >
          <Select options={unitLevels.map((v) => ({ value: v, label: l(unitLevelLabels[v]) }))} />
        </Form.Item>
        <Form.Item
          label={l({ zh: '所在地区', en: 'Region' })}
          name="regionCode"
          rules={[required(l({ zh: '所在地区', en: 'region' }))]}
          extra={l({
            zh: '单位所在的行政区划，输入名称搜索',
            en: 'Where the unit is; type a name to search',
          })}
        >
          <ScopedRegionSelect session={session} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={l({ zh: '上级单位', en: 'Parent unit' })}
          name="parentId"
          extra={l({ zh: '可不填', en: 'Optional' })}
        >
          <UnitSelect exclude={unit?.id} allowClear style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
