import { EnvironmentOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type VillageCategory, villageCategories, villageCategoryLabels } from '../../../shared/dictionaries';
import { can } from '../../../shared/permissions';
import { downloadExport } from '../../api/imports';
import { useVillages, type VillageFilters, type VillageListItem, villageQuery } from '../../api/villages';
import { useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { DownloadButton } from '../../components/DownloadButton';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { defaultCounty, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { VillageCategoryTags } from '../../components/VillageCategoryTags';
import { CountyFlagsCard } from './CountyFlagsCard';

const isCategory = (c: string): c is VillageCategory => (villageCategories as readonly string[]).includes(c);

/** The list's filters live in the address, so a village opened from the list comes back to the same page. */
function useFilters(): [VillageFilters, (changes: Partial<VillageFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: VillageFilters = {
    region: params.get('region') ?? undefined,
    category: (params.get('category') ?? '').split(',').filter(isCategory),
    date: params.get('date') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: Number(params.get('size') ?? 20) || 20,
  };
  const update = (changes: Partial<VillageFilters>) => {
    const next = { ...filters, page: 1, ...changes };
    const out = new URLSearchParams();
    if (next.region) out.set('region', next.region);
    if (next.category?.length) out.set('category', next.category.join(','));
    if (next.date) out.set('date', next.date);
    if (next.q) out.set('q', next.q);
    if (next.page > 1) out.set('page', String(next.page));
    if (next.pageSize !== 20) out.set('size', String(next.pageSize));
    setParams(out, { replace: true });
  };
  return [filters, update];
}

export default function VillagesPage() {
  const session = useSession();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters();
  const villages = useVillages(filters);
  const writer = can(session, 'villages.write');
  const county =
    filters.region && filters.region.length >= 6 ? filters.region.slice(0, 6) : defaultCounty(session);
  const asOf = filters.date ? dayText(filters.date, lang) : l({ zh: '今天', en: 'today' });

  const columns: TableColumnsType<VillageListItem> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      dataIndex: 'name',
      width: 180,
      render: (name: string, v) => <Link to={`/villages/${v.code}`}>{name}</Link>,
    },
    { title: l({ zh: '区划代码', en: 'Code' }), dataIndex: 'code', width: 140 },
    { title: l({ zh: '乡镇（街道）', en: 'Township' }), dataIndex: 'townshipName', width: 140 },
    {
      title: l({ zh: `村类别（${asOf}）`, en: `Categories (${asOf})` }),
      dataIndex: 'activeCategories',
      render: (categories: VillageCategory[]) => <VillageCategoryTags categories={categories} />,
    },
    {
      title: l({ zh: '人口', en: 'Population' }),
      dataIndex: 'population',
      width: 100,
      align: 'right',
      render: (n: number | null) => (n === null ? '—' : formatNumber(n, lang)),
    },
    {
      title: l({ zh: '户数', en: 'Households' }),
      dataIndex: 'households',
      width: 100,
      align: 'right',
      render: (n: number | null) => (n === null ? '—' : formatNumber(n, lang)),
    },
    {
      title: l({ zh: '位置', en: 'Location' }),
      key: 'location',
      width: 160,
      render: (_, v) =>
        v.location ? (
          <Typography.Text>
            <EnvironmentOutlined aria-hidden /> {l({ zh: '已定位', en: 'Set' })} ·{' '}
            {formatNumber(v.checkinRadiusM, lang)}
            {l({ zh: ' 米', en: ' m' })}
          </Typography.Text>
        ) : (
          <Tag color="default">{l({ zh: '未定位', en: 'Not set' })}</Tag>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      {county && <CountyFlagsCard county={county} date={filters.date} />}
      <Card
        title={<h1 style={{ fontSize: 16, margin: 0 }}>{l({ zh: '村庄', en: 'Villages' })}</h1>}
        extra={
          <Flex gap={8}>
            {writer && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/imports?kind=villages')}>
                {l({ zh: '导入村情', en: 'Import profiles' })}
              </Button>
            )}
            <DownloadButton
              download={(onProgress) => downloadExport('villages', villageQuery(filters), lang, onProgress)}
            >
              {l({ zh: '导出 Excel', en: 'Export to Excel' })}
            </DownloadButton>
          </Flex>
        }
      >
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <ScopedRegionSelect
            aria-label={l({ zh: '所在区域', en: 'Region' })}
            placeholder={l({ zh: '所在区域（输入名称搜索）', en: 'Region (type a name)' })}
            session={session}
            value={filters.region}
            onChange={(region) => setFilters({ region })}
            allowClear
            style={{ width: 260 }}
          />
          <Select<VillageCategory[]>
            aria-label={l({ zh: '村类别', en: 'Categories' })}
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={l({ zh: '村类别（任一）', en: 'Categories (any)' })}
            style={{ width: 300 }}
            value={filters.category}
            onChange={(category) => setFilters({ category })}
            options={villageCategories.map((c) => ({ value: c, label: l(villageCategoryLabels[c]) }))}
          />
          <IsoDatePicker
            aria-label={l({ zh: '查询日期', en: 'As of' })}
            placeholder={l({ zh: '查询日期：今天', en: 'As of: today' })}
            value={filters.date}
            onChange={(date) => setFilters({ date: date ?? undefined })}
            style={{ width: 180 }}
          />
          <Input.Search
            aria-label={l({ zh: '搜索村名', en: 'Search village names' })}
            placeholder={l({ zh: '村名', en: 'Village name' })}
            allowClear
            maxLength={50}
            defaultValue={filters.q}
            style={{ width: 220 }}
            onSearch={(q) => setFilters({ q: q.trim() || undefined })}
          />
        </Flex>
        {villages.isError && (
          <Alert type="error" showIcon title={villages.error.message} style={{ marginBottom: 16 }} />
        )}
        <Table<VillageListItem>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={villages.data?.items}
          loading={villages.isFetching}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: l({
              zh: '没有符合条件的村（社区）：请检查筛选条件，或您的管辖范围内没有村',
              en: 'No villages match: check the filters, or your scope holds no villages',
            }),
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: villages.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) =>
              l({ zh: `共 ${formatNumber(n, lang)} 个村（社区）`, en: `${enCount(n, 'village')}` }),
            onChange: (page, pageSize) => setFilters({ page, pageSize }),
          }}
        />
      </Card>
    </Flex>
  );
}
