import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type PairingKind,
  pairingKindLabels,
  unitKindLabels,
  unitLevelLabels,
} from '../../../shared/dictionaries';
import { type PairingView, useUnit } from '../../api/units';
import { hasRole, useSession } from '../../app/auth';
import { formatDateTime, formatNumber } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { CalendarDay } from '../../components/CalendarDay';
import { PairingModal } from './PairingModal';
import { ReopenPairingModal } from './ReopenPairingModal';
import { UnitDrawer } from './UnitDrawer';

/** One dispatching unit: what it is, its pairings with counties and villages, and its cadres. */
export default function UnitDetailPage() {
  const { id } = useParams<{ id: string }>();
  const session = useSession();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const unit = useUnit(id);
  const writer = hasRole(session, 'sys_admin', 'org_admin');
  const [editing, setEditing] = useState(false);
  const [reopening, setReopening] = useState<PairingView | null>(null);
  const [pairing, setPairing] = useState<{ open: boolean; pairing: PairingView | null }>({
    open: false,
    pairing: null,
  });

  if (unit.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (unit.isError) {
    const missing = isApiError(unit.error) && (unit.error.status === 404 || unit.error.status === 400);
    return (
      <Card>
        <Result
          status={missing ? '404' : 'error'}
          title={
            missing
              ? l({ zh: '找不到这个单位', en: 'No such unit' })
              : l({ zh: '加载失败', en: 'Failed to load' })
          }
          subTitle={unit.error.message}
          extra={<Link to="/units">{l({ zh: '返回派出单位列表', en: 'Back to the units' })}</Link>}
        />
      </Card>
    );
  }
  const u = unit.data;

  const columns: TableColumnsType<PairingView> = [
    {
      title: l({ zh: '帮扶方式', en: 'Kind' }),
      dataIndex: 'kind',
      width: 170,
      render: (k: PairingKind) => l(pairingKindLabels[k]),
    },
    {
      title: l({ zh: '帮扶对象', en: 'Target' }),
      dataIndex: 'targetName',
      render: (name: string, p) =>
        p.targetCode.length === 12 ? (
          <Link to={`/villages/${p.targetCode}`}>
            {name}（{p.targetCode}）
          </Link>
        ) : (
          <Link to={`/villages?region=${p.targetCode}`}>
            {name}（{p.targetCode}）
          </Link>
        ),
    },
    {
      title: l({ zh: '起始日期', en: 'From' }),
      dataIndex: 'from',
      width: 140,
      render: (d: string) => <CalendarDay date={d} />,
    },
    {
      title: l({ zh: '终止日期', en: 'To' }),
      dataIndex: 'to',
      width: 140,
      render: (d: string | null) => <CalendarDay date={d} empty={l({ zh: '至今', en: 'Open' })} />,
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) =>
        active ? (
          <Tag color="green">{l({ zh: '进行中', en: 'Active' })}</Tag>
        ) : (
          <Tag>{l({ zh: '已结束', en: 'Ended' })}</Tag>
        ),
    },
    ...(writer
      ? [
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            width: 170,
            render: (_: unknown, p: PairingView) => (
              <Flex gap={0}>
                <Button type="link" size="small" onClick={() => setPairing({ open: true, pairing: p })}>
                  {p.to ? l({ zh: '修改', en: 'Edit' }) : l({ zh: '修改/终止', en: 'Edit / end' })}
                </Button>
                {p.to && (
                  <Button type="link" size="small" onClick={() => setReopening(p)}>
                    {l({ zh: '撤销终止', en: 'Undo the end' })}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Breadcrumb
          items={[
            {
              key: 'units',
              title: <Link to="/units">{l({ zh: '派出单位', en: 'Dispatching units' })}</Link>,
            },
            { key: u.id, title: u.name },
          ]}
        />
        <Flex align="center" gap={12} wrap style={{ marginTop: 12, marginBottom: 16 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {u.name}
          </Typography.Title>
          {u.demo && <Tag color="gold">{l({ zh: '演示数据', en: 'Demo data' })}</Tag>}
          <Flex gap={8} style={{ marginLeft: 'auto' }}>
            <Button icon={<TeamOutlined />} onClick={() => navigate(`/cadres?unitId=${u.id}`)}>
              {l({
                zh: `本单位干部（${formatNumber(u.cadreCount, lang)}）`,
                en: `Cadres (${formatNumber(u.cadreCount, lang)})`,
              })}
            </Button>
            {writer && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {l({ zh: '编辑', en: 'Edit' })}
              </Button>
            )}
          </Flex>
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'kind', label: l({ zh: '单位类别', en: 'Kind' }), children: l(unitKindLabels[u.kind]) },
            { key: 'level', label: l({ zh: '层级', en: 'Level' }), children: l(unitLevelLabels[u.level]) },
            {
              key: 'region',
              label: l({ zh: '所在地区', en: 'Region' }),
              children: `${u.regionName}（${u.regionCode}）`,
            },
            {
              key: 'parent',
              label: l({ zh: '上级单位', en: 'Parent unit' }),
              children: u.parentId ? <Link to={`/units/${u.parentId}`}>{u.parentName}</Link> : '—',
            },
            {
              key: 'cadres',
              label: l({ zh: '干部人数', en: 'Cadres' }),
              children: <Link to={`/cadres?unitId=${u.id}`}>{formatNumber(u.cadreCount, lang)}</Link>,
            },
            {
              key: 'updated',
              label: l({ zh: '更新时间', en: 'Updated' }),
              children: formatDateTime(u.updatedAt, lang),
            },
          ]}
        />
      </Card>
      <Card
        title={l({ zh: '结对帮扶关系', en: 'Pairings' })}
        extra={
          writer && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPairing({ open: true, pairing: null })}
            >
              {l({ zh: '新增结对', en: 'Add a pairing' })}
            </Button>
          )
        }
      >
        <Table<PairingView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={u.pairings}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: l({ zh: '暂无结对帮扶关系', en: 'No pairings yet' }) }}
        />
      </Card>
      <UnitDrawer open={editing} unit={u} onClose={() => setEditing(false)} />
      {reopening && <ReopenPairingModal pairing={reopening} onClose={() => setReopening(null)} />}
      <PairingModal
        open={pairing.open}
        unitId={u.id}
        pairing={pairing.pairing}
        onClose={() => setPairing((p) => ({ ...p, open: false }))}
      />
    </Flex>
  );
}
