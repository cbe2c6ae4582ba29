import { CheckCircleFilled, ThunderboltOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Spin,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  type AcceptLine,
  type AcceptResult,
  type Placement,
  placementKey,
  type Unfilled,
  useAcceptPlacements,
  useRunMatching,
} from '../../api/matching';
import type { Override } from '../../api/nominations';
import { useSession } from '../../app/auth';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { CountyDateFields } from '../../components/CountyDateFields';
import { DataDate } from '../../components/DataDate';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { defaultCounty } from '../../components/ScopedRegionSelect';
import { slotLabels, teamRoleColors } from '../Teams/labels';
import { LineRefusal } from './LineRefusal';
import { MoveLineModal } from './MoveLineModal';
import { reasonText } from './reasonText';

type Target = Pick<Placement, 'needId' | 'slot'>;

const inProcedure: Record<string, { zh: string; en: string }> = {
  proposed: { zh: '已提出，待审核', en: 'Proposed' },
  checked: { zh: '已审核，待备案', en: 'Checked' },
  filed: { zh: '已备案，待研究确定', en: 'Filed' },
};

/**
 * 科学组队 (journey 3): the county's open needs × available candidates, solved exactly by the server; each
 * placement with the reasons that scored. Nothing is assigned until a person accepts a line (or several).
 */
export default function MatchingPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const county = params.get('county') ?? defaultCounty(session);
  const date = params.get('date') ?? undefined;
  const includeProposed = params.get('proposed') === '1';
  const run = useRunMatching();
  const accept = useAcceptPlacements();
  const [outcomes, setOutcomes] = useState<Map<string, AcceptResult>>(new Map());
  const [selected, setSelected] = useState<string[]>([]);
  const [startOn, setStartOn] = useState<string | null>(null);
  const [pendingKeys, setPendingKeys] = useState<Set<string>>(new Set());
  /** Lines a person moved to another village or slot before accepting. */
  const [targets, setTargets] = useState<Map<string, Target>>(new Map());
  const [moving, setMoving] = useState<Placement | null>(null);
  const result = run.data;

  const setParam = (name: 'county' | 'date' | 'proposed', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const start = () => {
    if (!county) return;
    setOutcomes(new Map());
    setTargets(new Map());
    setSelected([]);
    setStartOn(null);
    run.mutate({ county, body: { ...(date ? { date } : {}), includeProposed } });
  };

  const villageOfNeed = useMemo(() => {
    const names = new Map<string, string>();
    for (const p of [...(result?.placements ?? []), ...(result?.unfilled ?? [])]) {
      names.set(p.needId, p.villageName);
    }
    return names;
  }, [result]);

  const movedToText = (target: Target) => (
    <Typography.Text type="warning" style={{ fontSize: 12 }}>
      {l({
        zh: `已调整为：${villageOfNeed.get(target.needId) ?? ''} · ${l(slotLabels[target.slot])}`,
        en: `Moved to: ${villageOfNeed.get(target.needId) ?? ''} · ${l(slotLabels[target.slot])}`,
      })}
    </Typography.Text>
  );

  const firstDay = startOn ?? result?.date;
  /**
   * Accepts lines, each in its suggested slot or in the one a person moved it to; the answer comes line by
   * line in the same order, kept under the suggested line's key.
   */
  const acceptLines = (lines: Placement[], overrides?: Override[], movedTo?: Target, firstDayOn?: string) => {
    if (!county || !result || lines.length === 0) return;
    const keys = lines.map(placementKey);
    const slots = lines.map((p) => movedTo ?? targets.get(placementKey(p)) ?? p);
    if (movedTo) setTargets((prev) => new Map(prev).set(keys[0]!, movedTo));
    setPendingKeys(new Set(keys));
    const body: AcceptLine[] = lines.map((p, i) => ({
      needId: slots[i]!.needId,
      cadreId: p.cadreId,
      slot: slots[i]!.slot,
      // The planned end is left to the server: a full two-year term from the first day, by its term rule.
      ...(firstDayOn ? { startOn: firstDayOn } : startOn ? { startOn } : {}),
      ...(overrides?.length ? { overrides } : {}),
    }));
    accept.mutate(
      { county, body: { date: result.date, placements: body } },
      {
        onSuccess: (answer) => {
          setOutcomes((prev) => {
            const next = new Map(prev);
            for (const [i, r] of answer.results.entries()) next.set(keys[i]!, r);
            return next;
          });
          const done = new Set(keys.filter((_, i) => answer.results[i]?.ok));
          setSelected((s) => s.filter((k) => !done.has(k)));
        },
        onSettled: () => setPendingKeys(new Set()),
      },
    );
  };

  const acceptable = (p: Placement) => p.nominationStatus === 'decided' && !outcomes.get(placementKey(p))?.ok;
  const placements = result?.placements ?? [];
  const accepted = placements.filter((p) => outcomes.get(placementKey(p))?.ok).length;

  const villageCell = (v: { villageCode: string; villageName: string }) => (
    <Link to={`/teams/village/${v.villageCode}`}>{v.villageName}</Link>
  );
  const slotCell = (slot: Placement['slot']) => (
    <Tag color={teamRoleColors[slot]} style={{ marginInlineEnd: 0 }}>
      {l(slotLabels[slot])}
    </Tag>
  );

  const columns: TableColumnsType<Placement> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 110,
      render: (_, p) => villageCell(p),
    },
    { title: l({ zh: '岗位', en: 'Slot' }), key: 'slot', width: 96, render: (_, p) => slotCell(p.slot) },
    {
      title: l({ zh: '人选', en: 'Candidate' }),
      key: 'cadre',
      width: 190,
      render: (_, p) => (
        <Flex vertical gap={2} align="start">
          <Link to={`/cadres/${p.cadreId}`}>{p.cadreName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.unitName}
          </Typography.Text>
          {p.nominationStatus !== 'decided' && (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {l(inProcedure[p.nominationStatus] ?? { zh: p.nominationStatus, en: p.nominationStatus })}
            </Tag>
          )}
          {p.moved && (
            <Tooltip
              title={l({
                zh: '派出单位提名到另一个村；接受后该人选调整到本村的需求（留痕）',
                en: 'The unit proposed the candidate for another village; accepting moves the nomination here (audited)',
              })}
            >
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                {l({
                  zh: `由${villageOfNeed.get(p.proposedNeedId) ?? '其他需求'}调整`,
                  en: `Moved from ${villageOfNeed.get(p.proposedNeedId) ?? 'another need'}`,
                })}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '匹配分', en: 'Score' }),
      dataIndex: 'score',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.score - b.score,
      render: (score: number) => <Typography.Text strong>{formatNumber(score, lang)}</Typography.Text>,
    },
    {
      title: l({ zh: '匹配理由', en: 'Why' }),
      key: 'reasons',
      width: 360,
      render: (_, p) => (
        <Flex vertical gap={4}>
          {p.reasons.map((r) => (
            <Flex key={`${r.ruleId}:${r.message}`} gap={6} align="baseline">
              {/* A reason scores; it is no finding, so its tag is neutral whatever the rule's own severity. */}
              <RuleTag ruleId={r.ruleId} severity="info" compact />
              <Typography.Text style={{ fontSize: 13, flex: 1 }}>
                {reasonText(r.message, villageOfNeed, lang)}
              </Typography.Text>
              {r.points !== 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {r.points > 0 ? '+' : ''}
                  {r.points}
                </Typography.Text>
              )}
            </Flex>
          ))}
        </Flex>
      ),
    },
    {
      title: l({ zh: '确认', en: 'Decision' }),
      key: 'accept',
      // Narrow enough that the sticky column never covers the reasons at 1366 px (clerk finding 7).
      width: 160,
      fixed: 'end',
      render: (_, p) => {
        const key = placementKey(p);
        const outcome = outcomes.get(key);
        const target = targets.get(key);
        if (outcome?.ok) {
          return (
            <Flex vertical gap={2}>
              <Typography.Text type="success">
                <CheckCircleFilled /> {l({ zh: '已安排', en: 'Assigned' })}
              </Typography.Text>
              {outcome.assignment && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayText(outcome.assignment.startOn, lang)} –{' '}
                  {dayText(outcome.assignment.plannedEndOn, lang)}
                </Typography.Text>
              )}
              {target && movedToText(target)}
              <Link
                to={`/teams/village/${outcome.assignment?.villageCode ?? p.villageCode}`}
                style={{ fontSize: 12 }}
              >
                {l({ zh: '查看驻村历史', en: 'Team history' })}
              </Link>
            </Flex>
          );
        }
        if (outcome) {
          return (
            <Flex vertical gap={4}>
              {target && movedToText(target)}
              <LineRefusal
                result={outcome}
                retrying={pendingKeys.has(key) && accept.isPending}
                onRetry={(overrides) => acceptLines([p], overrides)}
                onRetryFrom={(from) => acceptLines([p], undefined, undefined, from)}
              />
              <Button
                type="link"
                size="small"
                onClick={() => setMoving(p)}
                style={{ alignSelf: 'start', padding: 0 }}
              >
                {l({ zh: '改派到其他岗位', en: 'Move to another slot' })}
              </Button>
            </Flex>
          );
        }
        if (p.nominationStatus !== 'decided') {
          return (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({
                zh: '派出单位党委研究确定后方可安排',
                en: 'Can be assigned once the unit’s party committee decides',
              })}
            </Typography.Text>
          );
        }
        return (
          <Flex gap={4} align="center">
            <Button
              type="primary"
              size="small"
              loading={pendingKeys.has(key) && accept.isPending}
              disabled={accept.isPending && !pendingKeys.has(key)}
              onClick={() => acceptLines([p])}
              aria-label={l({
                zh: `接受：${p.cadreName}任${p.villageName}${l(slotLabels[p.slot])}`,
                en: `Accept ${p.cadreName} as ${l(slotLabels[p.slot])} of ${p.villageName}`,
              })}
            >
              {l({ zh: '接受', en: 'Accept' })}
            </Button>
            <Button
              type="link"
              size="small"
              disabled={accept.isPending}
              onClick={() => setMoving(p)}
              aria-label={l({ zh: `调整：${p.cadreName}`, en: `Move ${p.cadreName}` })}
            >
              {l({ zh: '调整', en: 'Move' })}
            </Button>
          </Flex>
        );
      },
    },
  ];

  const unfilledColumns: TableColumnsType<Unfilled> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 140,
      render: (_, u) => villageCell(u),
    },
    { title: l({ zh: '岗位', en: 'Slot' }), key: 'slot', width: 110, render: (_, u) => slotCell(u.slot) },
    { title: l({ zh: '未能安排的原因', en: 'Why not filled' }), dataIndex: 'reason' },
  ];

  const chosen = placements.filter((p) => selected.includes(placementKey(p)) && acceptable(p));

  return (
    <Flex vertical gap={16}>
      <Card
        title={l({ zh: '科学组队', en: 'Matching' })}
        extra={
          <Link to={`/teams${county ? `?county=${county}` : ''}`}>
            {l({ zh: '驻村工作队', en: 'Team board' })}
          </Link>
        }
      >
        <Flex wrap gap={16} align="center">
          <CountyDateFields
            session={session}
            county={county}
            onCounty={(v) => setParam('county', v)}
            dateLabel={{ zh: '组队日期', en: 'Date' }}
            date={date}
            onDate={(v) => setParam('date', v)}
          />
          <Checkbox
            checked={includeProposed}
            onChange={(e) => setParam('proposed', e.target.checked ? '1' : undefined)}
          >
            {l({ zh: '包括尚在程序中的人选', en: 'Include candidates still in the procedure' })}
          </Checkbox>
          <Button
            type="primary"
            icon={<ThunderboltOutlined />}
            onClick={start}
            loading={run.isPending}
            disabled={!county}
          >
            {result ? l({ zh: '重新匹配', en: 'Run again' }) : l({ zh: '开始匹配', en: 'Run matching' })}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {l({
            zh: '系统把本县尚未安排的人选与各村待补岗位整体求最优：每个第一书记岗位安排一名当日符合第一书记条件的人选，一人不重复安排，结对帮扶单位的人选只派往结对村；按擅长与村里问题相符、农村工作经验、年轻和后备干部优先等计分，每条建议列出计分理由。建议只是建议：逐条或勾选后点击“接受”才会安排任期。',
            en: 'The system matches the county’s available candidates to the villages’ open slots as a whole: every first-secretary slot gets a candidate eligible on the date, nobody is placed twice, a paired unit’s candidates go only to its paired villages; strengths against the village’s problems, rural experience and young or reserve cadres score, and every line shows why. It is a suggestion: nothing is assigned until you accept a line (or the ticked ones).',
          })}
        </Typography.Paragraph>
      </Card>
      {!county && (
        <Card>
          <Empty description={l({ zh: '请选择一个县（市、区）', en: 'Choose a county' })} />
        </Card>
      )}
      {run.isError && <Alert type="error" showIcon role="alert" title={run.error.message} />}
      {run.isPending && (
        <Card>
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin
              size="large"
              description={l({ zh: '正在计算最优搭配…', en: 'Working out the best fit…' })}
            />
          </Flex>
        </Card>
      )}
      {moving && (
        <MoveLineModal
          line={moving}
          needs={[...villageOfNeed].map(([needId, villageName]) => ({ needId, villageName }))}
          onMove={(target) => {
            const same = target.needId === moving.needId && target.slot === moving.slot;
            acceptLines([moving], undefined, same ? undefined : target);
            setMoving(null);
          }}
          onClose={() => setMoving(null)}
        />
      )}
      {result && !run.isPending && (
        <>
          <Card>
            <Flex gap={40} wrap align="center">
              <Statistic
                title={l({ zh: '待补需求', en: 'Open needs' })}
                value={formatNumber(result.needs, lang)}
              />
              <Statistic
                title={l({ zh: '可安排人选', en: 'Candidates' })}
                value={formatNumber(result.candidates, lang)}
              />
              <Statistic
                title={l({ zh: '建议安排', en: 'Placements' })}
                value={formatNumber(placements.length, lang)}
              />
              <Statistic
                title={l({ zh: '未能安排的岗位', en: 'Slots left open' })}
                value={formatNumber(result.unfilled.length, lang)}
                styles={{ content: { color: result.unfilled.length > 0 ? '#d46b08' : undefined } }}
              />
              <Statistic
                title={l({ zh: '总匹配分', en: 'Total score' })}
                value={formatNumber(result.totalScore, lang)}
              />
              <Statistic title={l({ zh: '已接受', en: 'Accepted' })} value={formatNumber(accepted, lang)} />
              <DataDate date={result.date} policyVersion={result.policyVersion} />
            </Flex>
          </Card>
          <Card
            title={l({ zh: '组队建议', en: 'Suggested placements' })}
            extra={
              <Flex align="center" gap={8} wrap>
                <Typography.Text>{l({ zh: '到岗日期', en: 'First day' })}</Typography.Text>
                <IsoDatePicker
                  aria-label={l({ zh: '到岗日期', en: 'First day' })}
                  value={firstDay}
                  onChange={(v) => setStartOn(v)}
                  allowClear={false}
                  style={{ width: 170 }}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l({ zh: '任期两年', en: 'Two-year terms' })}
                </Typography.Text>
                <Button
                  type="primary"
                  disabled={chosen.length === 0 || accept.isPending}
                  loading={accept.isPending && chosen.some((p) => pendingKeys.has(placementKey(p)))}
                  onClick={() => acceptLines(chosen)}
                >
                  {l({ zh: `接受所选（${chosen.length}）`, en: `Accept ticked (${chosen.length})` })}
                </Button>
              </Flex>
            }
          >
            {accepted > 0 && (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 12 }}
                title={l({
                  zh: `已接受 ${accepted} 条，相应任期已安排。点击“重新匹配”可按剩余的人选和岗位更新建议。`,
                  en: `${accepted} accepted and assigned. Run again to update the suggestion for the remaining candidates and slots.`,
                })}
              />
            )}
            {accept.isError && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={accept.error.message}
                style={{ marginBottom: 12 }}
              />
            )}
            <Table<Placement>
              rowKey={placementKey}
              columns={columns}
              dataSource={placements}
              pagination={false}
              size="middle"
              scroll={{ x: 'max-content' }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as string[]),
                getCheckboxProps: (p) => ({
                  disabled: !acceptable(p),
                  'aria-label': l({ zh: `选择${p.cadreName}`, en: `Tick ${p.cadreName}` }),
                }),
              }}
              locale={{
                emptyText: l({ zh: '没有可安排的人选或待补岗位', en: 'No candidates or open slots' }),
              }}
            />
          </Card>
          {result.unfilled.length > 0 && (
            <Card
              title={l({
                zh: `未能安排的岗位（${result.unfilled.length}）`,
                en: `Slots left open (${result.unfilled.length})`,
              })}
            >
              <Table<Unfilled & { key: string }>
                columns={unfilledColumns as TableColumnsType<Unfilled & { key: string }>}
                dataSource={result.unfilled.map((u, i) => ({ ...u, key: `${u.needId}|${u.slot}|${i}` }))}
                pagination={false}
                size="small"
              />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
