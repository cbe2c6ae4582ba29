import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Flex,
  Result,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type AssignmentView, checklistRecorders, teamComposers } from '../../api/assignments';
import { textOf } from '../../api/policy';
import { useRecallProposals } from '../../api/recalls';
import { type TeamView, teamBoardViewers, useVillageTeams } from '../../api/teams';
import { hasRole, useSession } from '../../app/auth';
import { enCount } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { DataDate } from '../../components/DataDate';
import { RuleTag } from '../../components/RuleTag';
import { TeamTimeline } from '../../components/TeamTimeline';
import { ChecklistModal } from './ChecklistModal';
import { EndAssignmentModal } from './EndAssignmentModal';
import { batchLabel, endReasonLabels, teamRoleColors, teamRoleLabels } from './labels';
import { ProposeRecallModal } from './ProposeRecallModal';

interface Row {
  assignment: AssignmentView;
  team: TeamView;
  /** Rows the batch cell spans (0 for the team's later rows). */
  span: number;
}

/** 村驻村历史: every team and cadre of one village since the first, as a timeline and a table, with actions. */
export default function VillageTeamsPage() {
  const { code } = useParams<{ code: string }>();
  const session = useSession();
  const { l, lang } = useT();
  const history = useVillageTeams(code);
  const composer = hasRole(session, ...teamComposers);
  const recorder = hasRole(session, ...checklistRecorders);
  const pending = useRecallProposals({ region: code, status: 'proposed', page: 1, pageSize: 100 });
  const pendingFor = useMemo(
    () => new Set((pending.data?.items ?? []).map((p) => p.assignmentId)),
    [pending.data],
  );
  const [ending, setEnding] = useState<AssignmentView | null>(null);
  const [recalling, setRecalling] = useState<AssignmentView | null>(null);
  const [recording, setRecording] = useState<AssignmentView | null>(null);

  const timelineTeams = useMemo(
    () => (history.data?.teams ?? []).map((t) => ({ id: t.id, batch: t.batch, terms: t.assignments })),
    [history.data],
  );
  const rows = useMemo<Row[]>(
    () =>
      (history.data?.teams ?? [])
        .slice()
        .reverse()
        .flatMap((team) =>
          team.assignments.map((assignment, i) => ({
            assignment,
            team,
            span: i === 0 ? team.assignments.length : 0,
          })),
        ),
    [history.data],
  );

  if (history.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (history.isError) {
    const missing =
      isApiError(history.error) && (history.error.status === 404 || history.error.status === 400);
    return (
      <Card>
        <Result
          status={missing ? '404' : 'error'}
          title={
            missing
              ? l({ zh: '找不到这个村', en: 'No such village' })
              : l({ zh: '加载失败', en: 'Failed to load' })
          }
          subTitle={history.error.message}
          extra={<Link to="/teams">{l({ zh: '返回驻村工作队', en: 'Back to the team board' })}</Link>}
        />
      </Card>
    );
  }
  const v = history.data;
  const day = (d: string) => dayText(d, lang);

  const columns: TableColumnsType<Row> = [
    {
      title: l({ zh: '批次', en: 'Batch' }),
      key: 'batch',
      width: 140,
      onCell: (r) => ({ rowSpan: r.span }),
      render: (_, { team }) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{l(batchLabel(team.batch))}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {l({ zh: `${day(team.startedOn)}组建`, en: `From ${day(team.startedOn)}` })}
          </Typography.Text>
          <Flex gap={4} wrap>
            <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
              {team.policyVersion}
            </Tag>
            {team.current && (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {l({ zh: '现任', en: 'Current' })}
              </Tag>
            )}
          </Flex>
        </Flex>
      ),
    },
    {
      title: l({ zh: '姓名', en: 'Name' }),
      key: 'cadre',
      width: 180,
      render: (_, { assignment: a }) => (
        <Flex vertical>
          <Link to={`/cadres/${a.cadreId}`}>{a.cadreName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.unitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '角色', en: 'Role' }),
      key: 'role',
      width: 90,
      render: (_, { assignment: a }) => (
        <Tag color={teamRoleColors[a.teamRole]}>{l(teamRoleLabels[a.teamRole])}</Tag>
      ),
    },
    {
      title: l({ zh: '任期', en: 'Term' }),
      key: 'term',
      width: 250,
      render: (_, { assignment: a }) => (
        <Flex vertical>
          <span style={{ whiteSpace: 'nowrap' }}>
            {day(a.startOn)} – {day(a.endOn ?? a.plannedEndOn)}
          </span>
          {a.endOn && a.endOn !== a.plannedEndOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: `原定至${day(a.plannedEndOn)}`, en: `Planned to ${day(a.plannedEndOn)}` })}
            </Typography.Text>
          )}
          {!a.endOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '计划结束', en: 'Planned end' })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      width: 150,
      render: (_, { assignment: a }) => (
        <Flex vertical gap={4} align="start">
          {a.endReason ? (
            <Tag color={a.endReason === 'recalled' ? 'red' : a.endReason === 'other' ? 'orange' : 'default'}>
              {l(endReasonLabels[a.endReason])}
            </Tag>
          ) : a.active ? (
            <Tag color="green">{l({ zh: '在岗', en: 'On post' })}</Tag>
          ) : a.startOn > v.date ? (
            <Tag color="blue">{l({ zh: '待到岗', en: 'Starting' })}</Tag>
          ) : (
            <Tag>{l({ zh: '已离任', en: 'Left' })}</Tag>
          )}
          {pendingFor.has(a.id) && (
            <Link to="/recalls">
              <Tag color="orange">{l({ zh: '召回意见待确认', en: 'Recall awaiting the unit' })}</Tag>
            </Link>
          )}
          {a.endNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.endNote}
            </Typography.Text>
          )}
          {a.partyRelationTransferredOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({
                zh: `组织关系${day(a.partyRelationTransferredOn)}转入`,
                en: `Party relation moved ${day(a.partyRelationTransferredOn)}`,
              })}
            </Typography.Text>
          ) : (
            !a.endOn && (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {l({ zh: '未记录组织关系转接', en: 'Party relation transfer not recorded' })}
              </Typography.Text>
            )
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '规则记录', en: 'Rules recorded' }),
      key: 'rules',
      width: 160,
      render: (_, { assignment: a }) =>
        a.violations.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex wrap gap={4}>
            {a.violations.map((f) => (
              <Tooltip
                key={`${f.ruleId}:${textOf(f.message, l)}`}
                title={
                  <>
                    {textOf(f.message, l)}
                    {f.overrideReason && (
                      <>
                        <br />
                        {l({ zh: '放行理由：', en: 'Override reason: ' })}
                        {f.overrideReason}
                      </>
                    )}
                  </>
                }
              >
                <span>
                  <RuleTag ruleId={f.ruleId} severity={f.severity} />
                </span>
              </Tooltip>
            ))}
          </Flex>
        ),
    },
    ...(composer || recorder
      ? [
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            width: 110,
            render: (_: unknown, { assignment: a }: Row) => (
              <Flex vertical align="start">
                {composer && !a.endOn && (
                  <Button type="link" size="small" onClick={() => setEnding(a)}>
                    {l({ zh: '结束任期', en: 'End term' })}
                  </Button>
                )}
                {composer && (a.teamRole === 'first_secretary' || a.teamRole === 'leader') && (
                  <Link to={`/assignments/${a.id}/handover`} style={{ padding: '0 7px', fontSize: 14 }}>
                    {l({ zh: '交接清单', en: 'Handover lists' })}
                  </Link>
                )}
                {composer && !a.endOn && !pendingFor.has(a.id) && (
                  <Button type="link" size="small" danger onClick={() => setRecalling(a)}>
                    {l({ zh: '提出召回', en: 'Propose recall' })}
                  </Button>
                )}
                {recorder && !a.endOn && (
                  <Button type="link" size="small" onClick={() => setRecording(a)}>
                    {l({ zh: '记录转接', en: 'Checklist' })}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  const county = v.countyCode;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Breadcrumb
          separator="›"
          items={[
            {
              key: 'board',
              title: hasRole(session, ...teamBoardViewers) ? (
                <Link to={`/teams?county=${county}`}>{l({ zh: '驻村工作队', en: 'Team board' })}</Link>
              ) : (
                l({ zh: '驻村工作队', en: 'Teams' })
              ),
            },
            { key: v.villageCode, title: v.villageName },
          ]}
        />
        <Flex align="center" gap={12} wrap style={{ marginTop: 12 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {l({ zh: `${v.villageName}驻村历史`, en: `${v.villageName}: team history` })}
          </Typography.Title>
          <Typography.Text type="secondary" copyable={{ text: v.villageCode }}>
            {v.villageCode}
          </Typography.Text>
          <Link to={`/villages/${v.villageCode}`}>{l({ zh: '村情档案', en: 'Village profile' })}</Link>
        </Flex>
        <Flex gap={24} wrap align="center" style={{ marginTop: 12 }}>
          <span>
            {l({ zh: '现任第一书记：', en: 'First secretary now: ' })}
            {v.firstSecretaryNow ? (
              <Typography.Text strong>{v.firstSecretaryNow.cadreName}</Typography.Text>
            ) : (
              <Tag color="red">{l({ zh: '无', en: 'none' })}</Tag>
            )}
          </span>
          <span>
            {l({
              zh: `共 ${v.teams.length} 批工作队、${v.teams.reduce((n, t) => n + t.assignments.length, 0)} 人次`,
              en: `${enCount(v.teams.length, 'team')}, ${v.teams.reduce((n, t) => n + t.assignments.length, 0)} terms`,
            })}
          </span>
          <DataDate date={v.date} />
        </Flex>
      </Card>
      {v.gaps.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={l({
            zh: `该村有 ${v.gaps.length} 段时间无第一书记在岗`,
            en: `The village had no first secretary on post ${v.gaps.length} time(s)`,
          })}
          description={
            <Flex vertical gap={2}>
              {v.gaps.map((g) => (
                <span key={g.from}>
                  {l({
                    zh: `${day(g.from)}至${day(g.to)}，共 ${g.days} 天`,
                    en: `${day(g.from)} to ${day(g.to)}: ${enCount(g.days, 'day')}`,
                  })}
                </span>
              ))}
              <span>
                <RuleTag ruleId="P21.5-rotate" />{' '}
                {l({
                  zh: '到期轮换须压茬交接，村里不能有一天没有第一书记。',
                  en: 'Rotation with overlapping handover: not one day without a first secretary.',
                })}
              </span>
            </Flex>
          }
        />
      )}
      <Card title={l({ zh: '历批工作队时间线', en: 'Teams over time' })}>
        <TeamTimeline
          teams={timelineTeams}
          gaps={v.gaps}
          today={v.date}
          roleLabels={teamRoleLabels}
          endReasonLabels={endReasonLabels}
        />
      </Card>
      <Card title={l({ zh: '历批工作队与任期', en: 'Teams and terms' })}>
        <Table<Row>
          rowKey={(r) => r.assignment.id}
          columns={columns}
          dataSource={rows}
          pagination={false}
          size="middle"
          bordered
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <EndAssignmentModal assignment={ending} onClose={() => setEnding(null)} />
      <ProposeRecallModal assignment={recalling} onClose={() => setRecalling(null)} />
      {recording && <ChecklistModal assignment={recording} onClose={() => setRecording(null)} />}
    </Flex>
  );
}
