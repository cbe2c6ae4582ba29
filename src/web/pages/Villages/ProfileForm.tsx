import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { rangeChecks } from '../../../shared/contracts/villages';
import { can } from '../../../shared/permissions';
import { usePatchLocation, usePutProfile, type VillageView } from '../../api/villages';
import { useSession } from '../../app/auth';
import { formatDateTime, formatNumber } from '../../app/format';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';

interface ProfileValues {
  population: number | null;
  households: number | null;
  lat: number | null;
  lng: number | null;
  checkinRadiusM: number | null;
}

/** API field paths → this form's fields ('location.lat' → 'lat'). */
function fieldOf(apiField: string): string | undefined {
  if (apiField === 'location' || apiField === 'location.lat') return 'lat';
  if (apiField === 'location.lng') return 'lng';
  return apiField.split('.')[0];
}

/**
 * Population, households, location (WGS-84) and check-in radius. The county organisation department keeps
 * them all; a township sets only location and radius (JOURNEYS township 2); everyone else reads.
 */
export function ProfileForm({ village }: { village: VillageView }) {
  const session = useSession();
  const { l, t, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const putProfile = usePutProfile();
  const patchLocation = usePatchLocation();
  const [error, setError] = useState<string | null>(null);
  const writer = can(session, 'villages.write');
  const township = !writer && can(session, 'villages.editOwnProfile');
  const editable = writer || township;
  const pending = putProfile.isPending || patchLocation.isPending;

  useEffect(() => {
    form.setFieldsValue({
      population: village.population,
      households: village.households,
      lat: village.location?.lat ?? null,
      lng: village.location?.lng ?? null,
      checkinRadiusM: village.checkinRadiusIsDefault ? null : village.checkinRadiusM,
    });
  }, [village, form]);

  const onFinish = (v: ProfileValues) => {
    setError(null);
    const location = v.lat !== null && v.lng !== null ? { lat: v.lat, lng: v.lng } : null;
    const done = {
      onSuccess: () => message.success(l({ zh: '村情信息已保存', en: 'Profile saved' })),
      onError: (e: Error) => {
        if (!showServerErrors(form, e, fieldOf)) setError(e.message);
      },
    };
    if (writer) {
      putProfile.mutate(
        {
          code: village.code,
          body: {
            categories: village.categories.map((c) => ({ category: c.category, from: c.from, to: c.to })),
            population: v.population,
            households: v.households,
            location,
            checkinRadiusM: v.checkinRadiusM,
          },
        },
        done,
      );
    } else {
      patchLocation.mutate(
        { code: village.code, body: { location, checkinRadiusM: v.checkinRadiusM } },
        done,
      );
    }
  };

  /**
   * The field's range, checked as typed: InputNumber's own min, max and precision would change 99 into 54
   * or −5 into 50 on blur and save that with a success message (clerk finding 4), so none is set and a
   * value out of range is refused in words under the field instead.
   */
  const inRange = (field: keyof typeof rangeChecks) => ({
    validator: async (_: unknown, value: number | null | undefined) => {
      if (value === null || value === undefined) return;
      const problem = rangeChecks[field](value);
      if (problem) throw new Error(l(problem));
    },
  });

  const bothOrNeither = (other: 'lat' | 'lng') => ({
    validator: async (_: unknown, value: number | null) => {
      const otherValue = form.getFieldValue(other) as number | null;
      if ((value === null || value === undefined) !== (otherValue === null || otherValue === undefined)) {
        throw new Error(l({ zh: '经度和纬度应同时填写', en: 'Give both latitude and longitude' }));
      }
    },
  });

  return (
    <Card
      title={l({ zh: '基本情况', en: 'Profile' })}
      extra={
        village.updatedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({ zh: '更新于 ', en: 'Updated ' })}
            {formatDateTime(village.updatedAt, lang)}
          </Typography.Text>
        )
      }
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      {township && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: '乡镇可以确认村的位置和打卡半径；人口、户数和村类别由县委组织部维护。',
            en: 'A township confirms location and check-in radius; population, households and categories are kept by the county.',
          })}
        />
      )}
      <Form<ProfileValues> form={form} layout="vertical" onFinish={onFinish} disabled={!editable || pending}>
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              label={l({ zh: '人口（人）', en: 'Population' })}
              name="population"
              rules={[inRange('population')]}
            >
              <InputNumber disabled={!writer} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              label={l({ zh: '户数（户）', en: 'Households' })}
              name="households"
              dependencies={['population']}
              rules={[
                inRange('households'),
                {
                  validator: async (_, value: number | null) => {
                    const population = form.getFieldValue('population') as number | null;
                    if (value != null && population != null && value > population) {
                      throw new Error(l({ zh: '户数不能多于人口数', en: 'Cannot exceed the population' }));
                    }
                  },
                },
              ]}
            >
              <InputNumber disabled={!writer} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              label={l({ zh: '纬度（WGS-84）', en: 'Latitude (WGS-84)' })}
              name="lat"
              dependencies={['lng']}
              rules={[inRange('lat'), bothOrNeither('lng')]}
              extra={l({ zh: '3 至 54 之间，如 27.0563', en: 'Between 3 and 54, e.g. 27.0563' })}
            >
              <InputNumber step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              label={l({ zh: '经度（WGS-84）', en: 'Longitude (WGS-84)' })}
              name="lng"
              dependencies={['lat']}
              rules={[inRange('lng'), bothOrNeither('lat')]}
              extra={l({ zh: '73 至 136 之间，如 106.9653', en: 'Between 73 and 136, e.g. 106.9653' })}
            >
              <InputNumber step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item
              label={l({ zh: '打卡半径（米）', en: 'Check-in radius (m)' })}
              name="checkinRadiusM"
              rules={[inRange('checkinRadiusM')]}
              extra={
                village.checkinRadiusIsDefault
                  ? l({
                      zh: `未单独设置，使用省级默认 ${formatNumber(village.checkinRadiusM, lang)} 米`,
                      en: `Not set: the provincial default of ${formatNumber(village.checkinRadiusM, lang)} m applies`,
                    })
                  : l({
                      zh: '50 至 50,000 米；清空则用省级默认',
                      en: '50 to 50,000 m; empty for the provincial default',
                    })
              }
            >
              <InputNumber
                placeholder={formatNumber(village.checkinRadiusM, lang)}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        {editable && (
          <Button type="primary" htmlType="submit" loading={pending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
