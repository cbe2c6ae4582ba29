import { SearchOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Segmented,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { teamComposers } from '../../api/assignments';
import { downloadFile } from '../../api/imports/transfer';
import { type BoardVillage, useTeamBoard } from '../../api/teams';
import { useTermsEnding } from '../../api/terms';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { CountyDateFields } from '../../components/CountyDateFields';
import { DataDate } from '../../components/DataDate';
import { DownloadButton } from '../../components/DownloadButton';
import { RuleTag } from '../../components/RuleTag';
import { defaultCounty } from '../../components/ScopedRegionSelect';
import { TermProgress } from '../../components/TermProgress';
import { CreateAssignmentModal } from './CreateAssignmentModal';
import { batchLabel, teamRoleColors, teamRoleLabels } from './labels';

type Show = 'all' | 'warnings' | 'needs';

/** 驻村工作队: a county's villages with a team or an open need — who serves, how far their terms have run, what to act on. */
export default function TeamBoardPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const county = params.get('county') ?? defaultCounty(session);
  const date = params.get('date') ?? undefined;
  const show = (params.get('show') as Show | null) ?? 'all';
  const [q, setQ] = useState('');
  const board = useTeamBoard(county, date);
  // Successors already planned, for the terms ending in the next half year.
  const ending = useTermsEnding({ region: county, withinDays: 180, date }, { enabled: Boolean(county) });
  const successorOf = useMemo(
    () => new Map((ending.data?.items ?? []).map((i) => [i.assignmentId, i.successor])),
    [ending.data],
  );
  const composer = hasRole(session, ...teamComposers);
  const [assigning, setAssigning] = useState<BoardVillage | null>(null);

  const setParam = (name: 'county' | 'date' | 'show', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const villages = board.data?.villages ?? [];
  const counts = useMemo(
    () => ({
      teams: villages.filter((v) => v.team).length,
      needs: villages.filter((v) => v.openNeeds.length > 0).length,
      warned: villages.filter((v) => v.warnings.some((w) => w.severity !== 'info')).length,
    }),
    [villages],
  );
  const shown = useMemo(() => {
    const text = q.trim();
    return villages.filter(
      (v) =>
        (show === 'all' ||
          (show === 'warnings' && v.warnings.length > 0) ||
          (show === 'needs' && v.openNeeds.length > 0)) &&
        (!text || v.villageName.includes(text) || v.townshipName.includes(text)),
    );
  }, [villages, show, q]);

  const columns: TableColumnsType<BoardVillage> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 140,
      render: (_, v) => (
        <Flex vertical gap={2}>
          <Link to={`/teams/village/${v.villageCode}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {v.villageName}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v.townshipName}
          </Typography.Text>
          {v.team && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l(batchLabel(v.team.batch))}
              <br />
              {l({
                zh: `${dayText(v.team.startedOn, lang)}组建`,
                en: `from ${dayText(v.team.startedOn, lang)}`,
              })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '工作队与任期进度', en: 'Team and term progress' }),
      key: 'team',
      width: 400,
      render: (_, v) =>
        v.members.length === 0 ? (
          <Typography.Text type="secondary">{l({ zh: '尚未组队', en: 'No team yet' })}</Typography.Text>
        ) : (
          <Flex vertical gap={10}>
            {v.members.map((m) => {
              const successor = successorOf.get(m.assignmentId);
              return (
                <Flex key={m.assignmentId} gap={10} align="start">
                  <Tag
                    color={teamRoleColors[m.teamRole]}
                    style={{ minWidth: 72, flex: 'none', textAlign: 'center', marginInlineEnd: 0 }}
                  >
                    {l(teamRoleLabels[m.teamRole])}
                  </Tag>
                  <Flex vertical style={{ width: 120, flex: 'none' }}>
                    <Link to={`/cadres/${m.cadreId}`}>{m.cadreName}</Link>
                    <Typography.Text
                      type="secondary"
                      ellipsis={{ tooltip: m.unitName }}
                      style={{ fontSize: 12 }}
                    >
                      {m.unitName}
                    </Typography.Text>
                  </Flex>
                  <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <TermProgress
                      startOn={m.startOn}
                      plannedEndOn={m.plannedEndOn}
                      endOn={m.endOn}
                      progress={m.progress}
                      label={l({ zh: `${m.cadreName}的任期`, en: `${m.cadreName}'s term` })}
                    />
                    {successor && (
                      <Typography.Text type="success" style={{ fontSize: 12 }}>
                        {l({
                          zh: `接任者${successor.cadreName}，${dayText(successor.startOn, lang)}到岗`,
                          en: `Successor ${successor.cadreName} from ${dayText(successor.startOn, lang)}`,
                        })}
                      </Typography.Text>
                    )}
                  </Flex>
                </Flex>
              );
            })}
          </Flex>
        ),
    },
    {
      title: l({ zh: '待补需求', en: 'Open needs' }),
      key: 'needs',
      width: 140,
      render: (_, v) =>
        v.openNeeds.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex vertical gap={6} align="start">
            {v.openNeeds.map((n) => (
              <Flex key={n.id} vertical gap={2}>
                <span>
                  {[
                    n.remaining.firstSecretary > 0
                      ? l({
                          zh: `第一书记 ${n.remaining.firstSecretary}`,
                          en: `${n.remaining.firstSecretary} FS`,
                        })
                      : null,
                    n.remaining.members > 0
                      ? l({
                          zh: `队员 ${n.remaining.members}`,
                          en: `${enCount(n.remaining.members, 'member')}`,
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(lang === 'zh' ? '、' : ', ') || l({ zh: '名额已满', en: 'All slots taken' })}
                </span>
                <Link to={`/nominations?needId=${n.id}`} style={{ fontSize: 12 }}>
                  {l({ zh: `人选 ${n.candidates} 名`, en: `${enCount(n.candidates, 'candidate')}` })}
                </Link>
              </Flex>
            ))}
            {composer && (
              <Button size="small" onClick={() => setAssigning(v)}>
                {l({ zh: '安排任期', en: 'Assign' })}
              </Button>
            )}
          </Flex>
        ),
    },
    {
      title: l({ zh: '提醒', en: 'Warnings' }),
      key: 'warnings',
      // The four widths add up to what a 1366 px screen leaves beside the menu (clerk finding 7).
      width: 254,
      render: (_, v) =>
        v.warnings.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex vertical gap={6}>
            {v.warnings.map((w) => (
              <Flex key={`${w.ruleId}:${w.message}`} gap={6} align="baseline">
                <RuleTag ruleId={w.ruleId} severity={w.severity} compact />
                <Typography.Text
                  style={{ fontSize: 13, color: w.severity === 'info' ? undefined : '#ad4e00' }}
                  type={w.severity === 'info' ? 'secondary' : undefined}
                >
                  {w.message}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={l({ zh: '驻村工作队', en: 'Team board' })}
        extra={
          <Flex gap={16}>
            <Link to="/terms">{l({ zh: '任期到期', en: 'Terms ending' })}</Link>
            {composer && (
              <Link to={`/matching${county ? `?county=${county}` : ''}`}>
                {l({ zh: '科学组队', en: 'Matching' })}
              </Link>
            )}
          </Flex>
        }
      >
        <Flex wrap gap={16} align="center">
          <CountyDateFields
            session={session}
            county={county}
            onCounty={(v) => setParam('county', v)}
            dateLabel={{ zh: '查看日期', en: 'On date' }}
            date={date}
            onDate={(v) => setParam('date', v)}
          />
          {board.data && <DataDate date={board.data.date} />}
          {county && board.data && (
            <DownloadButton
              // The county and date the board answers for: the file is dated in its title and name.
              download={(onProgress) =>
                downloadFile(`/api/counties/${county}/team-board.xlsx`, '驻村工作队.xlsx', {
                  query: { date: board.data.date },
                  lang,
                  onProgress,
                })
              }
            >
              {l({ zh: '导出 Excel', en: 'Export to Excel' })}
            </DownloadButton>
          )}
        </Flex>
        {board.data && (
          <Flex gap={48} wrap style={{ marginTop: 16 }}>
            <Statistic
              title={l({ zh: '有工作队的村', en: 'Villages with a team' })}
              value={formatNumber(counts.teams, lang)}
            />
            <Statistic
              title={l({ zh: '有待补需求的村', en: 'Villages with open needs' })}
              value={formatNumber(counts.needs, lang)}
            />
            <Statistic
              title={l({ zh: '须关注的村', en: 'Villages to act on' })}
              value={formatNumber(counts.warned, lang)}
              styles={{ content: { color: counts.warned > 0 ? '#d46b08' : undefined } }}
            />
          </Flex>
        )}
      </Card>
      {!county && (
        <Card>
          <Empty description={l({ zh: '请选择一个县（市、区）', en: 'Choose a county' })} />
        </Card>
      )}
      {board.isError && <Alert type="error" showIcon role="alert" title={board.error.message} />}
      {county && !board.isError && (
        <Card>
          <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 16 }}>
            <Segmented<Show>
              aria-label={l({ zh: '显示', en: 'Show' })}
              value={show}
              onChange={(v) => setParam('show', v === 'all' ? undefined : v)}
              options={[
                {
                  value: 'all',
                  label: l({ zh: `全部（${villages.length}）`, en: `All (${villages.length})` }),
                },
                {
                  value: 'warnings',
                  label: l({
                    zh: `有提醒（${villages.filter((v) => v.warnings.length > 0).length}）`,
                    en: `With warnings (${villages.filter((v) => v.warnings.length > 0).length})`,
                  }),
                },
                {
                  value: 'needs',
                  label: l({ zh: `待补需求（${counts.needs}）`, en: `Open needs (${counts.needs})` }),
                },
              ]}
            />
            <Input
              aria-label={l({ zh: '搜索村名或乡镇', en: 'Search a village or township' })}
              placeholder={l({ zh: '搜索村名或乡镇', en: 'Search a village or township' })}
              prefix={<SearchOutlined />}
              allowClear
              value={q}
              onChange={(e) => setQ(e.target.value)}
              style={{ width: 240 }}
            />
          </Flex>
          <Table<BoardVillage>
            rowKey="villageCode"
            columns={columns}
            dataSource={shown}
            loading={board.isFetching}
            size="middle"
            scroll={{ x: 'max-content' }}
            pagination={{
              defaultPageSize: 20,
              showSizeChanger: true,
              showTotal: (total) => l({ zh: `共 ${total} 个村（社区）`, en: `${enCount(total, 'village')}` }),
            }}
            locale={{
              emptyText: l({ zh: '没有符合条件的村', en: 'No village matches' }),
            }}
          />
        </Card>
      )}
      {assigning && <CreateAssignmentModal village={assigning} onClose={() => setAssigning(null)} />}
    </Flex>
  );
}
