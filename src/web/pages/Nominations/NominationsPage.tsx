import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/imports/transfer';
import {
  type NominationFilters,
  type NominationStatus,
  type NominationView,
  nominationProposers,
  useNominations,
  useUnitOptions,
} from '../../api/nominations';
import { textOf } from '../../api/policy';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { DownloadButton } from '../../components/DownloadButton';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { roleLabels, sourceLabels, statusColors, statusLabels } from './labels';

const statuses = Object.keys(statusLabels) as NominationStatus[];

/** Candidates the units proposed, by status, county and unit; each opens its procedure. */
export default function NominationsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<NominationFilters>(() => ({
    region: params.get('needId') ? undefined : defaultRegion(session),
    needId: params.get('needId') ?? undefined,
    status: (params.get('status') as NominationStatus | null) ?? undefined,
    page: 1,
    pageSize: 20,
  }));
  const nominations = useNominations(filters);
  const [unitQ, setUnitQ] = useState('');
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setUnitQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const units = useUnitOptions(unitQ);

  const columns: TableColumnsType<NominationView> = [
    {
      title: l({ zh: '人选', en: 'Candidate' }),
      key: 'cadre',
      width: 180,
      render: (_, n) => (
        <Flex vertical>
          <Link to={`/nominations/${n.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {n.cadreName}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.unitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '选派村', en: 'Village' }),
      key: 'village',
      width: 150,
      render: (_, n) => (
        <Flex vertical>
          <span>{n.villageName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.villageCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '岗位 · 来源', en: 'Post · source' }),
      key: 'role',
      width: 130,
      render: (_, n) => (
        <Flex vertical>
          <span>{l(roleLabels[n.role])}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l(sourceLabels[n.source])}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '人选日期', en: 'Date' }),
      key: 'date',
      width: 140,
      render: (_, n) => (
        <Flex vertical>
          <span>{formatDate(`${n.date}T12:00:00+08:00`, lang)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({ zh: `适用 ${n.policyVersion}`, en: `Under ${n.policyVersion}` })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '规则提示', en: 'Rule findings' }),
      key: 'violations',
      width: 200,
      render: (_, n) =>
        n.violations.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex wrap gap={4}>
            {n.violations.map((v) => (
              <RuleTag
                key={`${v.ruleId}:${v.severity}:${textOf(v.message, l)}`}
                ruleId={v.ruleId}
                severity={v.severity}
              />
            ))}
          </Flex>
        ),
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      width: 110,
      render: (_, n) => (
        <Flex vertical gap={2}>
          <Tag color={statusColors[n.status]} style={{ marginInlineEnd: 0, width: 'fit-content' }}>
            {l(statusLabels[n.status])}
          </Tag>
        </Flex>
      ),
    },
    {
      title: l({ zh: '更新时间', en: 'Updated' }),
      dataIndex: 'updatedAt',
      width: 170,
      render: (at: string) => formatDateTime(at, lang),
    },
  ];

  const tab = filters.status ?? 'all';
  return (
    <Card
      title={<CardHeading>{l({ zh: '选派人选', en: 'Nominations' })}</CardHeading>}
      extra={
        <Space>
          <DownloadButton
            download={(onProgress) => {
              // The list's own filters, every page: the file holds what the list shows.
              const { page: _page, pageSize: _size, ...query } = filters;
              return downloadFile('/api/nominations.xlsx', '驻村人选.xlsx', { query, lang, onProgress });
            }}
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
          {hasRole(session, ...nominationProposers) && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() =>
                navigate(filters.needId ? `/nominations/new?needId=${filters.needId}` : '/nominations/new')
              }
            >
              {l({ zh: '提出人选', en: 'Propose a candidate' })}
            </Button>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setFilters((f) => ({
            ...f,
            status: key === 'all' ? undefined : (key as NominationStatus),
            page: 1,
          }));
        }}
        items={[
          { key: 'all', label: l({ zh: '全部', en: 'All' }) },
          ...statuses.map((s) => ({ key: s, label: l(statusLabels[s]) })),
        ]}
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        {session.scope.regions.length > 0 && (
          <ScopedRegionSelect
            aria-label={l({ zh: '区域', en: 'Region' })}
            session={session}
            value={filters.region}
            allowClear
            onChange={(region) => setFilters((f) => ({ ...f, region, page: 1 }))}
            placeholder={l({ zh: '全部区域（输入名称搜索）', en: 'All regions (type to search)' })}
          />
        )}
        <Select<string>
          aria-label={l({ zh: '派出单位', en: 'Dispatching unit' })}
          allowClear
          showSearch={{ filterOption: false, onSearch: setTyped }}
          placeholder={l({ zh: '全部派出单位（输入名称搜索）', en: 'All units (type to search)' })}
          value={filters.unitId}
          onChange={(unitId) => setFilters((f) => ({ ...f, unitId: unitId ?? undefined, page: 1 }))}
          options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          loading={units.isFetching}
          style={{ width: 280 }}
          popupMatchSelectWidth={360}
        />
        {filters.needId && (
          <Tag
            closable
            onClose={() => {
              setFilters((f) => ({ ...f, needId: undefined, page: 1 }));
              setParams({}, { replace: true });
            }}
          >
            {l({ zh: '仅一项选派需求的人选', en: 'Candidates of one need' })}
          </Tag>
        )}
      </Flex>
      {nominations.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={nominations.error.message}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<NominationView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={nominations.data?.items}
        loading={nominations.isFetching}
        scroll={{ x: 1080 }}
        onRow={(n) => ({ onDoubleClick: () => navigate(`/nominations/${n.id}`) })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: nominations.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) =>
            l({ zh: `共 ${formatNumber(n, lang)} 名人选`, en: `${enCount(n, 'nomination')}` }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
    </Card>
  );
}
