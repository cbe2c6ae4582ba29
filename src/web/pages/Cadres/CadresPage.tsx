import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
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
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  genderLabels,
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
import { type CadreFilters, type CadreView, cadreQuery, useCadres } from '../../api/cadres';
import { downloadExport } from '../../api/imports';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { DownloadButton } from '../../components/DownloadButton';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { CadreDrawer } from './CadreDrawer';
import { StrengthTags } from './CadreTags';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;
const asStatus = oneOf(partyStatuses);
const asRank = oneOf(ranks);

function useFilters(): [CadreFilters, (changes: Partial<CadreFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const young = params.get('young');
  const filters: CadreFilters = {
    region: params.get('region') ?? undefined,
    unitId: params.get('unitId') ?? undefined,
    partyStatus: asStatus(params.get('partyStatus')),
    strengths: (params.get('strengths') ?? '')
      .split(',')
      .filter((s): s is Strength => oneOf(strengths)(s) !== undefined),
    rank: asRank(params.get('rank')),
    young: young === 'true' ? true : young === 'false' ? false : undefined,
    q: params.get('q') ?? undefined,
    date: params.get('date') ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: Number(params.get('size') ?? 20) || 20,
  };
  const update = (changes: Partial<CadreFilters>) => {
    const next = { ...filters, page: 1, ...changes };
    const query = cadreQuery(next);
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (key === 'page' || key === 'pageSize' || value === undefined || value === '') continue;
      out.set(key, String(value));
    }
    if (next.page > 1) out.set('page', String(next.page));
    if (next.pageSize !== 20) out.set('size', String(next.pageSize));
    setParams(out, { replace: true });
  };
  return [filters, update];
}

/** The cadre pool: who can be sent, with masked numbers and the facts the rules look at. */
export default function CadresPage() {
  const session = useSession();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters();
  const cadres = useCadres(filters);
  const writer = hasRole(session, 'sys_admin', 'org_admin', 'unit_hr');
  const [creating, setCreating] = useState(false);
  const asOf = cadres.data?.items[0]?.facts.asOf;
  const years = (n: number | null) => (n === null ? '—' : l({ zh: `${n} 年`, en: `${n} y` }));

  const columns: TableColumnsType<CadreView> = [
    {
      title: l({ zh: '姓名', en: 'Name' }),
      dataIndex: 'name',
      width: 100,
      fixed: 'start',
      render: (name: string, c) => (
        <Flex vertical>
          <Link to={`/cadres/${c.id}`}>{name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l(genderLabels[c.gender])} ·{' '}
            {c.birthDate ? c.birthDate.slice(0, 7) : l({ zh: `${c.age} 岁`, en: `age ${c.age}` })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '派出单位', en: 'Unit' }),
      dataIndex: 'unitName',
      width: 180,
      render: (name: string, c) => <Link to={`/units/${c.unitId}`}>{name}</Link>,
    },
    {
      title: l({ zh: '身份证号 / 手机号', en: 'ID number / phone' }),
      key: 'numbers',
      width: 170,
      render: (_, c) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text code>{c.idNumberMasked}</Typography.Text>
          <Typography.Text code>{c.phoneMasked}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '政治面貌', en: 'Party status' }),
      dataIndex: 'partyStatus',
      width: 120,
      render: (s: PartyStatus) => l(partyStatusLabels[s]),
    },
    {
      title: l({ zh: '职级', en: 'Rank' }),
      dataIndex: 'rank',
      width: 100,
      render: (r: Rank | null) => (r ? l(rankLabels[r]) : '—'),
    },
    {
      title: asOf
        ? l({ zh: `计算信息（截至${dayText(asOf, lang)}）`, en: `Computed (as of ${dayText(asOf, lang)})` })
        : l({ zh: '计算信息', en: 'Computed' }),
      children: [
        {
          title: l({ zh: '年龄', en: 'Age' }),
          key: 'age',
          width: 64,
          align: 'right',
          render: (_, c) => c.facts.age,
        },
        {
          title: l({ zh: '党龄', en: 'Party standing' }),
          key: 'party',
          width: 80,
          align: 'right',
          render: (_, c) => years(c.facts.partyStandingYears),
        },
        {
          title: l({ zh: '工龄', en: 'Years of work' }),
          key: 'work',
          width: 80,
          align: 'right',
          render: (_, c) => years(c.facts.workYears),
        },
        {
          title: l({ zh: '年轻干部', en: 'Young' }),
          key: 'young',
          width: 84,
          render: (_, c) =>
            c.facts.young ? (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {l({ zh: '是', en: 'Yes' })}
              </Tag>
            ) : (
              <Typography.Text type="secondary">{l({ zh: '否', en: 'No' })}</Typography.Text>
            ),
        },
      ],
    },
    {
      title: l({ zh: '擅长', en: 'Strengths' }),
      dataIndex: 'strengths',
      width: 170,
      render: (s: Strength[]) => <StrengthTags strengths={s} />,
    },
  ];

  return (
    <Card
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{l({ zh: '干部库', en: 'Cadre pool' })}</h1>}
      extra={
        <Flex gap={8}>
          {writer && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/imports?kind=cadres')}>
              {l({ zh: '导入', en: 'Import' })}
            </Button>
          )}
          <DownloadButton
            download={(onProgress) => downloadExport('cadres', cadreQuery(filters), lang, onProgress)}
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
          {writer && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {l({ zh: '登记干部', en: 'Register a cadre' })}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={l({ zh: '搜索姓名', en: 'Search names' })}
          placeholder={l({ zh: '姓名', en: 'Name' })}
          allowClear
          maxLength={50}
          defaultValue={filters.q}
          style={{ width: 180 }}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
        />
        <ScopedRegionSelect
          aria-label={l({ zh: '单位所在地区', en: 'Unit region' })}
          placeholder={l({ zh: '单位所在地区', en: 'Unit region' })}
          session={session}
          value={filters.region}
          onChange={(region) => setFilters({ region })}
          allowClear
          style={{ width: 220 }}
        />
        <UnitSelect
          aria-label={l({ zh: '派出单位', en: 'Unit' })}
          placeholder={l({ zh: '派出单位', en: 'Unit' })}
          value={filters.unitId}
          onChange={(unitId) => setFilters({ unitId })}
          allowClear
          style={{ width: 240 }}
        />
        <Select<PartyStatus>
          aria-label={l({ zh: '政治面貌', en: 'Party status' })}
          placeholder={l({ zh: '政治面貌', en: 'Party status' })}
          allowClear
          style={{ width: 160 }}
          value={filters.partyStatus}
          onChange={(partyStatus) => setFilters({ partyStatus })}
          options={partyStatuses.map((s) => ({ value: s, label: l(partyStatusLabels[s]) }))}
        />
        <Select<Strength[]>
          aria-label={l({ zh: '擅长', en: 'Strengths' })}
          placeholder={l({ zh: '擅长（全部具备）', en: 'Strengths (all of)' })}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          style={{ width: 220 }}
          value={filters.strengths}
          onChange={(s) => setFilters({ strengths: s })}
          options={strengths.map((s) => ({ value: s, label: l(strengthLabels[s]) }))}
        />
        <Select<Rank>
          aria-label={l({ zh: '职级', en: 'Rank' })}
          placeholder={l({ zh: '职级', en: 'Rank' })}
          allowClear
          style={{ width: 140 }}
          value={filters.rank}
          onChange={(rank) => setFilters({ rank })}
          options={ranks.map((r) => ({ value: r, label: l(rankLabels[r]) }))}
        />
        <Select<'true' | 'false'>
          aria-label={l({ zh: '年轻干部', en: 'Young cadres' })}
          placeholder={l({ zh: '年轻干部', en: 'Young cadres' })}
          allowClear
          style={{ width: 140 }}
          value={filters.young === undefined ? undefined : filters.young ? 'true' : 'false'}
          onChange={(v) => setFilters({ young: v === undefined ? undefined : v === 'true' })}
          options={[
            { value: 'true', label: l({ zh: '年轻干部', en: 'Young' }) },
            { value: 'false', label: l({ zh: '非年轻干部', en: 'Not young' }) },
          ]}
        />
        <IsoDatePicker
          aria-label={l({ zh: '计算日期', en: 'Facts as of' })}
          placeholder={l({ zh: '计算日期：今天', en: 'Facts as of: today' })}
          value={filters.date}
          onChange={(date) => setFilters({ date: date ?? undefined })}
          style={{ width: 180 }}
        />
      </Flex>
      {cadres.isError && (
        <Alert type="error" showIcon title={cadres.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<CadreView>
        rowKey="id"
        size="middle"
        bordered
        columns={columns}
        dataSource={cadres.data?.items}
        loading={cadres.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: cadres.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => l({ zh: `共 ${formatNumber(n, lang)} 名干部`, en: `${enCount(n, 'cadre')}` }),
          onChange: (page, pageSize) => setFilters({ page, pageSize }),
        }}
      />
      <CadreDrawer
        open={creating}
        cadre={null}
        onClose={(created) => {
          setCreating(false);
          if (created) navigate(`/cadres/${created.id}`);
        }}
      />
    </Card>
  );
}
