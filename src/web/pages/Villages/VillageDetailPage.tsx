import { Breadcrumb, Card, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useVillage } from '../../api/villages';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { VillageHandovers } from '../Daily/HandoverPage';
import { VillageWorkCards } from '../WorkLogs/RecordsCards';
import { CategoryHistory } from './CategoryHistory';
import { ProfileForm } from './ProfileForm';

/** One village: where it is, what it has been over time, and its profile. */
export default function VillageDetailPage() {
  const { code } = useParams<{ code: string }>();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? undefined;
  const { l } = useT();
  const village = useVillage(code, date);

  const setDate = (next: string | undefined) => {
    const out = new URLSearchParams(params);
    if (next) out.set('date', next);
    else out.delete('date');
    setParams(out, { replace: true });
  };

  if (village.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (village.isError) {
    const missing =
      isApiError(village.error) && (village.error.status === 404 || village.error.status === 400);
    return (
      <Card>
        <Result
          status={missing ? '404' : 'error'}
          title={
            missing
              ? l({ zh: '找不到这个村', en: 'No such village' })
              : l({ zh: '加载失败', en: 'Failed to load' })
          }
          subTitle={village.error.message}
          extra={<Link to="/villages">{l({ zh: '返回村庄列表', en: 'Back to the villages' })}</Link>}
        />
      </Card>
    );
  }
  const v = village.data;
  const ancestors = v.path.slice(0, -1);

  return (
    <Flex vertical gap={16}>
      <Card>
        <Breadcrumb
          separator="›"
          items={[
            ...ancestors.map((p) => ({
              key: p.code,
              title: <Link to={`/villages?region=${p.code}`}>{p.name}</Link>,
            })),
            { key: v.code, title: v.name },
          ]}
        />
        <Flex align="center" gap={12} wrap style={{ marginTop: 12 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {v.name}
          </Typography.Title>
          <Typography.Text type="secondary" copyable={{ text: v.code }}>
            {v.code}
          </Typography.Text>
          {v.keyAssistedCounty && (
            <Tag color="red">{l({ zh: '乡村振兴重点帮扶县', en: 'Key assisted county' })}</Tag>
          )}
          {v.demo && <Tag color="gold">{l({ zh: '演示数据', en: 'Demo data' })}</Tag>}
          {!v.hasProfile && <Tag>{l({ zh: '尚未建立村情档案', en: 'No profile yet' })}</Tag>}
        </Flex>
      </Card>
      <CategoryHistory village={v} date={date} onDate={setDate} />
      <ProfileForm village={v} />
      <VillageWorkCards code={v.code} />
      <VillageHandovers code={v.code} />
    </Flex>
  );
}
