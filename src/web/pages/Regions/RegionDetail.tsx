import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useState } from 'react';
import { regionLevelLabels } from '../../../shared/dictionaries';
import { joinPath, type Region, useRegion, useRegionChildrenPage } from '../../api/regions';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';

const CHILD_PAGE_SIZE = 10;

function RegionChildren({ code, onSelect }: { code: string; onSelect: (code: string) => void }) {
  const { t, l, lang } = useT();
  const [page, setPage] = useState(1);
  const children = useRegionChildrenPage(code, page, CHILD_PAGE_SIZE);

  const columns: TableColumnsType<Region> = [
    {
      title: t('regions.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelect(r.code)}>
          {name}
        </Button>
      ),
    },
    { title: t('regions.code'), dataIndex: 'code', width: 160 },
    {
      title: t('regions.level'),
      dataIndex: 'level',
      width: 100,
      render: (level: Region['level']) => l(regionLevelLabels[level]),
    },
  ];

  return (
    <Card
      size="small"
      title={
        children.data
          ? t('regions.childrenCount', { n: formatNumber(children.data.total, lang) })
          : t('regions.children')
      }
    >
      {children.isError ? (
        <Alert type="error" showIcon title={children.error.message} />
      ) : (
        <Table<Region>
          size="small"
          rowKey="code"
          columns={columns}
          dataSource={children.data?.items}
          loading={children.isFetching}
          pagination={{
            current: page,
            pageSize: CHILD_PAGE_SIZE,
            total: children.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
        />
      )}
    </Card>
  );
}

/** The selected region: its path as a breadcrumb, level, code, parent and subdivisions. */
export function RegionDetail({ code, onSelect }: { code?: string; onSelect: (code: string) => void }) {
  const { t, l } = useT();
  const region = useRegion(code);

  if (!code) {
    return (
      <Card>
        <Empty description={t('regions.selectHint')} />
      </Card>
    );
  }
  if (region.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (region.isError) {
    return (
      <Card>
        <Alert type="error" showIcon title={region.error.message} />
      </Card>
    );
  }
  const r = region.data;
  const parent = r.path.length > 1 ? r.path[r.path.length - 2] : undefined;

  return (
    <>
      <Card
        title={
          <span>
            {r.name} <Tag color="blue">{l(regionLevelLabels[r.level])}</Tag>
          </span>
        }
        style={{ marginBottom: 16 }}
      >
        <Breadcrumb
          separator="›"
          style={{ marginBottom: 16 }}
          items={r.path.map((p, i) =>
            i < r.path.length - 1
              ? {
                  key: p.code,
                  title: (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => onSelect(p.code)}
                    >
                      {p.name}
                    </Button>
                  ),
                }
              : { key: p.code, title: p.name },
          )}
        />
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 120 } }}
          items={[
            { key: 'name', label: t('regions.name'), children: r.name },
            { key: 'code', label: t('regions.code'), children: r.code },
            { key: 'level', label: t('regions.level'), children: l(regionLevelLabels[r.level]) },
            {
              key: 'parent',
              label: t('regions.parent'),
              children: parent ? `${parent.name}（${parent.code}）` : '—',
            },
            { key: 'path', label: t('regions.path'), children: joinPath(r.path) },
          ]}
        />
      </Card>
      {r.hasChildren && <RegionChildren key={r.code} code={r.code} onSelect={onSelect} />}
    </>
  );
}
