import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  type UnitKind,
  type UnitLevel,
  unitKindLabels,
  unitKinds,
  unitLevelLabels,
  unitLevels,
} from '../../../shared/dictionaries';
import { downloadExport } from '../../api/imports';
import { type UnitFilters, type UnitView, useUnits } from '../../api/units';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { DownloadButton } from '../../components/DownloadButton';
import { ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { UnitDrawer } from './UnitDrawer';

const isKind = (k: string | null): k is UnitKind => (unitKinds as readonly (string | null)[]).includes(k);
const isLevel = (k: string | null): k is UnitLevel => (unitLevels as readonly (string | null)[]).includes(k);

function useFilters(): [UnitFilters, (changes: Partial<UnitFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const level = params.get('level');
  const filters: UnitFilters = {
    region: params.get('region') ?? undefined,
    kind: isKind(kind) ? kind : undefined,
    level: isLevel(level) ? level : undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: Number(params.get('size') ?? 20) || 20,
  };
  const update = (changes: Partial<UnitFilters>) => {
    const next = { ...filters, page: 1, ...changes };
    const out = new URLSearchParams();
    for (const key of ['region', 'kind', 'level', 'q'] as const) if (next[key]) out.set(key, next[key]);
    if (next.page > 1) out.set('page', String(next.page));
    if (next.pageSize !== 20) out.set('size', String(next.pageSize));
    setParams(out, { replace: true });
  };
  return [filters, update];
}

export default function UnitsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters();
  const units = useUnits(filters);
  const writer = hasRole(session, 'sys_admin', 'org_admin');
  const [drawer, setDrawer] = useState<{ open: boolean; unit: UnitView | null }>({ open: false, unit: null });

  const columns: TableColumnsType<UnitView> = [
    {
      title: l({ zh: '单位名称', en: 'Name' }),
      dataIndex: 'name',
      render: (name: string, u) => <Link to={`/units/${u.id}`}>{name}</Link>,
    },
    {
      title: l({ zh: '单位类别', en: 'Kind' }),
      dataIndex: 'kind',
      width: 170,
      render: (k: UnitKind) => l(unitKindLabels[k]),
    },
    {
      title: l({ zh: '层级', en: 'Level' }),
      dataIndex: 'level',
      width: 90,
      render: (v: UnitLevel) => <Tag style={{ marginInlineEnd: 0 }}>{l(unitLevelLabels[v])}</Tag>,
    },
    {
      title: l({ zh: '所在地区', en: 'Region' }),
      dataIndex: 'regionName',
      width: 150,
      render: (name: string, u) => `${name}（${u.regionCode}）`,
    },
    {
      title: l({ zh: '上级单位', en: 'Parent unit' }),
      dataIndex: 'parentName',
      width: 200,
      render: (name: string | null, u) =>
        name && u.parentId ? <Link to={`/units/${u.parentId}`}>{name}</Link> : '—',
    },
    ...(writer
      ? [
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            width: 90,
            render: (_: unknown, u: UnitView) => (
              <Button type="link" size="small" onClick={() => setDrawer({ open: true, unit: u })}>
                {l({ zh: '编辑', en: 'Edit' })}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{l({ zh: '派出单位', en: 'Dispatching units' })}</h1>}
      extra={
        <Flex gap={8}>
          {writer && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/imports?kind=units')}>
              {l({ zh: '导入', en: 'Import' })}
            </Button>
          )}
          <DownloadButton
            download={(onProgress) => downloadExport('units', { ...filters }, lang, onProgress)}
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
          {writer && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ open: true, unit: null })}
            >
              {l({ zh: '新建单位', en: 'New unit' })}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={l({ zh: '搜索单位名称', en: 'Search unit names' })}
          placeholder={l({ zh: '单位名称', en: 'Unit name' })}
          allowClear
          maxLength={50}
          defaultValue={filters.q}
          style={{ width: 240 }}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
        />
        <Select<UnitKind>
          aria-label={l({ zh: '单位类别', en: 'Kind' })}
          allowClear
          placeholder={l({ zh: '全部类别', en: 'All kinds' })}
          style={{ width: 200 }}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={unitKinds.map((k) => ({ value: k, label: l(unitKindLabels[k]) }))}
        />
        <Select<UnitLevel>
          aria-label={l({ zh: '层级', en: 'Level' })}
          allowClear
          placeholder={l({ zh: '全部层级', en: 'All levels' })}
          style={{ width: 140 }}
          value={filters.level}
          onChange={(level) => setFilters({ level })}
          options={unitLevels.map((v) => ({ value: v, label: l(unitLevelLabels[v]) }))}
        />
        <ScopedRegionSelect
          aria-label={l({ zh: '所在地区', en: 'Region' })}
          placeholder={l({ zh: '所在地区（输入名称搜索）', en: 'Region (type a name)' })}
          session={session}
          value={filters.region}
          onChange={(region) => setFilters({ region })}
          allowClear
        />
      </Flex>
      {units.isError && (
        <Alert type="error" showIcon title={units.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<UnitView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={units.data?.items}
        loading={units.isFetching}
        scroll={{ x: 960 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: units.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => l({ zh: `共 ${formatNumber(n, lang)} 个单位`, en: `${enCount(n, 'unit')}` }),
          onChange: (page, pageSize) => setFilters({ page, pageSize }),
        }}
      />
      <UnitDrawer
        open={drawer.open}
        unit={drawer.unit}
        onClose={(created) => {
          setDrawer((d) => ({ ...d, open: false }));
          if (created) navigate(`/units/${created.id}`);
        }}
      />
    </Card>
  );
}
