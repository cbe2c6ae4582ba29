import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Statistic,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { strengthLabels, strengths, type VillageCategory } from '../../../shared/dictionaries';
import { type ProposalLine, type ProposalView, useConfirmNeeds } from '../../api/needs';
import { type Finding, findingsOf, textOf } from '../../api/policy';
import { enCount, formatNumber } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { DataDate } from '../../components/DataDate';
import { RuleTag } from '../../components/RuleTag';
import { VillageCategoryLegend, VillageCategoryTags } from '../../components/VillageCategoryTags';
import styles from './plan.module.css';
import {
  choiceOf,
  confirmItem,
  isChanged,
  isReduced,
  type LineChoice,
  linesOfRefusal,
  localProblem,
  peopleOf,
  preselected,
  proposedPeople,
} from './planLines';

type View = 'all' | 'planned' | 'selected' | 'changed' | 'problems';

interface LineError {
  message: string;
  findings: Finding[];
}

/** The proposal's lines, editable; the ticked ones are confirmed as the county's needs in one go. */
export function ProposalTable({
  proposal,
  date,
  refreshing,
}: {
  proposal: ProposalView;
  date: string | undefined;
  refreshing: boolean;
}) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const confirm = useConfirmNeeds();
  const lines = proposal.items;
  const byCode = useMemo(() => new Map(lines.map((x) => [x.villageCode, x])), [lines]);

  const [choices, setChoices] = useState<Record<string, LineChoice>>({});
  const [selected, setSelected] = useState<string[]>(() =>
    // A village covered by the team on post (no shortfall) is not pre-selected (clerk finding 1).
    lines.filter(preselected).map((x) => x.villageCode),
  );
  const [errors, setErrors] = useState<Record<string, LineError>>({});
  // The lines the last confirmation found problems on: they stay in view while the county fixes them.
  const [flagged, setFlagged] = useState<string[]>([]);
  const [topError, setTopError] = useState<string | null>(null);
  const [view, setView] = useState<View>('all');
  const [township, setTownship] = useState<string>();
  const [categories, setCategories] = useState<VillageCategory[]>([]);
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 50 });

  const choice = (x: ProposalLine) => choices[x.villageCode] ?? choiceOf(x);
  const open = selected.filter((c) => !byCode.get(c)?.openNeedId);
  const change = (x: ProposalLine, patch: Partial<LineChoice>) => {
    setChoices((cs) => ({ ...cs, [x.villageCode]: { ...choice(x), ...patch } }));
    setErrors(({ [x.villageCode]: _, ...rest }) => rest);
  };
  const reset = (x: ProposalLine) => {
    setChoices(({ [x.villageCode]: _, ...rest }) => rest);
    setErrors(({ [x.villageCode]: _, ...rest }) => rest);
  };

  const townships = useMemo(() => [...new Set(lines.map((x) => x.townshipName))], [lines]);
  const categoryCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const x of lines) for (const c of x.activeCategories) counts.set(c, (counts.get(c) ?? 0) + 1);
    return counts;
  }, [lines]);

  const shown = lines.filter((x) => {
    if (township && x.townshipName !== township) return false;
    if (categories.length && !categories.some((c) => x.activeCategories.includes(c))) return false;
    if (q && !x.villageName.includes(q) && !x.villageCode.includes(q)) return false;
    switch (view) {
      case 'planned':
        return proposedPeople(x) > 0;
      case 'selected':
        return selected.includes(x.villageCode);
      case 'changed':
        return isChanged(x, choice(x));
      case 'problems':
        return flagged.includes(x.villageCode);
      default:
        return true;
    }
  });

  const totals = open.reduce(
    (t, code) => {
      const x = byCode.get(code);
      if (!x) return t;
      const c = choice(x);
      return { fs: t.fs + (c.firstSecretary ? 1 : 0), members: t.members + c.members };
    },
    { fs: 0, members: 0 },
  );
  const proposed = lines.filter((x) => proposedPeople(x) > 0);
  const recorded = lines.filter((x) => x.openNeedId).length;

  const submit = () => {
    setTopError(null);
    const submitted = open.map((code) => ({ line: byCode.get(code)!, choice: choice(byCode.get(code)!) }));
    const local: Record<string, LineError> = {};
    for (const s of submitted) {
      const problem = localProblem(s.line, s.choice);
      if (problem) local[s.line.villageCode] = { message: l(problem), findings: [] };
    }
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setFlagged(Object.keys(local));
      setTopError(
        l({
          zh: `有 ${Object.keys(local).length} 个村需要先处理，已在行内标出`,
          en: `${Object.keys(local).length} villages need attention first; see the marked lines`,
        }),
      );
      setView('problems');
      setPage((p) => ({ ...p, current: 1 }));
      return;
    }
    confirm.mutate(
      { county: proposal.countyCode, date, items: submitted.map((s) => confirmItem(s.line, s.choice)) },
      {
        onSuccess: (needs) => {
          message.success(
            l({
              zh: `已确认 ${needs.length} 个村的选派需求`,
              en: `Needs confirmed for ${enCount(needs.length, 'village')}`,
            }),
          );
          setErrors({});
          setFlagged([]);
          setSelected([]);
          setView('all');
        },
        onError: (error) => {
          const text = error instanceof Error ? error.message : String(error);
          const marked: Record<string, LineError> = {};
          if (isApiError(error) && error.code === 'CONFLICT') {
            const code = (error.details as { villageCode?: string } | undefined)?.villageCode;
            if (code) marked[code] = { message: text, findings: [] };
          } else if (isApiError(error) && error.code === 'POLICY_VIOLATION') {
            const findings = findingsOf(error).filter((f) => f.severity !== 'info');
            for (const code of linesOfRefusal(findings, submitted)) {
              marked[code] = { message: text, findings };
            }
          }
          setErrors(marked);
          setFlagged(Object.keys(marked));
          const count = Object.keys(marked).length;
          setTopError(
            count > 0
              ? `${text}${l({ zh: '（已在相应村的行内标出，未记录任何需求）', en: ' (marked on the line; nothing was recorded)' })}`
              : text,
          );
          if (count > 0) {
            setView('problems');
            setPage((p) => ({ ...p, current: 1 }));
          }
        },
      },
    );
  };

  const columns: TableColumnsType<ProposalLine> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 150,
      fixed: 'start',
      render: (_, x) => (
        <Flex vertical>
          <Typography.Text strong>{x.villageName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {x.townshipName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {x.villageCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '村类别', en: 'Categories' }),
      key: 'categories',
      width: 170,
      render: (_, x) => <VillageCategoryTags categories={x.activeCategories} />,
    },
    {
      title: l({ zh: '在岗', en: 'On post' }),
      key: 'onPost',
      width: 130,
      render: (_, x) => <OnPostCell line={x} />,
    },
    {
      title: l({ zh: '第一书记', en: 'First secretary' }),
      key: 'fs',
      width: 84,
      align: 'center',
      render: (_, x) => (
        <Switch
          size="small"
          aria-label={`${x.villageName} ${l({ zh: '第一书记', en: 'first secretary' })}`}
          checked={choice(x).firstSecretary}
          disabled={Boolean(x.openNeedId)}
          onChange={(on) => change(x, { firstSecretary: on })}
          checkedChildren={l({ zh: '派', en: 'Yes' })}
          unCheckedChildren={l({ zh: '不派', en: 'No' })}
        />
      ),
    },
    {
      title: l({ zh: '队员', en: 'Members' }),
      key: 'members',
      width: 80,
      render: (_, x) => (
        <InputNumber
          size="small"
          min={0}
          max={50}
          precision={0}
          style={{ width: 64 }}
          aria-label={`${x.villageName} ${l({ zh: '队员人数', en: 'members' })}`}
          value={choice(x).members}
          disabled={Boolean(x.openNeedId)}
          onChange={(n) => change(x, { members: typeof n === 'number' ? n : 0 })}
        />
      ),
    },
    {
      title: l({ zh: '宜擅长', en: 'Strengths' }),
      key: 'strengths',
      width: 150,
      render: (_, x) => (
        <Select<string[]>
          size="small"
          mode="multiple"
          aria-label={`${x.villageName} ${l({ zh: '宜擅长', en: 'strengths' })}`}
          value={choice(x).strengths}
          disabled={Boolean(x.openNeedId)}
          onChange={(v) => change(x, { strengths: v })}
          options={strengths.map((s) => ({ value: s, label: l(strengthLabels[s]) }))}
          placeholder={l({ zh: '不限', en: 'Any' })}
          style={{ width: '100%' }}
          maxTagCount="responsive"
        />
      ),
    },
    {
      title: l({ zh: '依据', en: 'Rules' }),
      key: 'reasons',
      width: 270,
      render: (_, x) => (
        <Flex vertical gap={4}>
          {x.reasons.map((r) => (
            <Flex key={r.ruleId} gap={6} align="baseline">
              <RuleTag ruleId={r.ruleId} compact />
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, flex: 1, minWidth: 0 }}
                ellipsis={{ tooltip: textOf(r.message, l) }}
              >
                {textOf(r.message, l)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      ),
    },
    {
      title: l({ zh: '调整理由 / 结果', en: 'Reason / result' }),
      key: 'state',
      width: 200,
      render: (_, x) => {
        const c = choice(x);
        const error = errors[x.villageCode];
        if (x.openNeedId) {
          return (
            <Tag color="green" style={{ marginInlineEnd: 0 }}>
              <Link to={`/needs?village=${x.villageCode}`}>
                {l({ zh: '已有选派需求', en: 'Need recorded' })}
              </Link>
            </Tag>
          );
        }
        const changed = isChanged(x, c);
        return (
          <Flex vertical gap={4}>
            {changed && (
              <Flex gap={6} align="center">
                <Input
                  size="small"
                  maxLength={500}
                  aria-label={`${x.villageName} ${l({ zh: '调整理由', en: 'reason' })}`}
                  placeholder={
                    isReduced(x, c)
                      ? l({ zh: '减少人数的理由', en: 'Why fewer people' })
                      : l({ zh: '调整理由（选填）', en: 'Reason (optional)' })
                  }
                  status={error && !c.reason.trim() ? 'error' : undefined}
                  value={c.reason}
                  onChange={(e) => change(x, { reason: e.target.value })}
                />
                <Button size="small" type="link" onClick={() => reset(x)} style={{ paddingInline: 0 }}>
                  {l({ zh: '还原', en: 'Reset' })}
                </Button>
              </Flex>
            )}
            {error && (
              <Flex vertical gap={2} role="alert">
                {error.findings.length > 0 && (
                  <Flex gap={4} wrap>
                    {error.findings.map((f) => (
                      <RuleTag key={f.ruleId} ruleId={f.ruleId} severity={f.severity} />
                    ))}
                  </Flex>
                )}
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {error.findings.length > 0
                    ? error.findings.map((f) => textOf(f.message, l)).join('；')
                    : error.message}
                </Typography.Text>
              </Flex>
            )}
            {!changed && !error && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l({ zh: '按建议', en: 'As proposed' })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];

  // A changed line is tinted yellow, a refused one red, so the county sees its edits at a glance.
  const tint = (x: ProposalLine) =>
    errors[x.villageCode] ? '#fff1f0' : !x.openNeedId && isChanged(x, choice(x)) ? '#fffbe6' : undefined;
  const tinted = columns.map((c) => ({
    ...c,
    onCell: (x: ProposalLine) => {
      const background = tint(x);
      return background ? { style: { background } } : {};
    },
  }));

  const viewOptions: { value: View; label: string }[] = [
    { value: 'all', label: l({ zh: '全部村', en: 'All villages' }) },
    { value: 'planned', label: l({ zh: '建议选派的村', en: 'Proposed villages' }) },
    { value: 'selected', label: l({ zh: '已勾选', en: 'Ticked' }) },
    { value: 'changed', label: l({ zh: '已调整', en: 'Changed' }) },
    { value: 'problems', label: l({ zh: '有问题', en: 'With problems' }) },
  ];

  return (
    <Card>
      <Flex wrap gap={40} style={{ marginBottom: 16 }}>
        <Statistic
          title={l({ zh: `${proposal.countyName}村（社区）`, en: `Villages of ${proposal.countyName}` })}
          value={formatNumber(lines.length, lang)}
        />
        <Statistic
          title={l({ zh: '建议选派的村', en: 'Villages proposed' })}
          value={formatNumber(proposed.length, lang)}
        />
        <Statistic
          title={l({ zh: '建议第一书记', en: 'First secretaries proposed' })}
          value={formatNumber(proposed.filter((x) => x.shortfall.firstSecretary).length, lang)}
        />
        <Statistic
          title={l({ zh: '建议队员', en: 'Members proposed' })}
          value={formatNumber(
            proposed.reduce((n, x) => n + x.shortfall.members, 0),
            lang,
          )}
        />
        <Statistic
          title={l({ zh: '已有选派需求', en: 'Needs already recorded' })}
          value={formatNumber(recorded, lang)}
        />
        <Flex align="end" style={{ marginInlineStart: 'auto' }}>
          <DataDate date={proposal.date} policyVersion={proposal.policyVersion} />
        </Flex>
      </Flex>
      <VillageCategoryLegend
        counts={categoryCounts}
        active={categories}
        onToggle={(c) => {
          setCategories((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : [...cs, c]));
          setPage((p) => ({ ...p, current: 1 }));
        }}
      />
      <Flex wrap gap={12} style={{ margin: '16px 0' }} align="center">
        <Select<View>
          aria-label={l({ zh: '显示', en: 'Show' })}
          value={view}
          onChange={(v) => {
            setView(v);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          options={viewOptions}
          style={{ width: 150 }}
        />
        <Select<string>
          aria-label={l({ zh: '乡镇（街道）', en: 'Township' })}
          allowClear
          placeholder={l({ zh: '全部乡镇（街道）', en: 'All townships' })}
          value={township}
          onChange={(v) => {
            setTownship(v);
            setPage((p) => ({ ...p, current: 1 }));
          }}
          options={townships.map((t) => ({ value: t, label: t }))}
          style={{ width: 180 }}
        />
        <Input.Search
          aria-label={l({ zh: '搜索村名', en: 'Search villages' })}
          placeholder={l({ zh: '村名或代码', en: 'Name or code' })}
          allowClear
          maxLength={20}
          style={{ width: 220 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        <Typography.Text type="secondary">
          {l({ zh: `显示 ${shown.length} 个村`, en: `${enCount(shown.length, 'village')} shown` })}
        </Typography.Text>
      </Flex>
      <Flex align="center" gap={12} wrap className={styles.actions}>
        <Typography.Text>
          {l({
            zh: `已勾选 ${open.length} 个村：第一书记 ${totals.fs} 名，队员 ${totals.members} 名`,
            en: `${enCount(open.length, 'village')} ticked: ${totals.fs} first secretaries, ${enCount(totals.members, 'member')}`,
          })}
        </Typography.Text>
        <Button
          size="small"
          onClick={() =>
            setSelected(lines.filter((x) => !x.openNeedId && proposedPeople(x) > 0).map((x) => x.villageCode))
          }
        >
          {l({ zh: '勾选建议选派的村', en: 'Tick proposed villages' })}
        </Button>
        <Button size="small" onClick={() => setSelected([])}>
          {l({ zh: '全不选', en: 'Tick none' })}
        </Button>
        <Popconfirm
          title={l({ zh: '确认选派需求', en: 'Confirm the needs' })}
          description={l({
            zh: `将为 ${open.length} 个村记录选派需求（${proposal.policyVersion}），记录人和时间留存备查。`,
            en: `Records needs for ${enCount(open.length, 'village')} (${proposal.policyVersion}) with who and when.`,
          })}
          okText={l({ zh: '确认', en: 'Confirm' })}
          cancelText={l({ zh: '取消', en: 'Cancel' })}
          onConfirm={submit}
          disabled={open.length === 0}
        >
          <Button
            type="primary"
            style={{ marginInlineStart: 'auto' }}
            disabled={open.length === 0}
            loading={confirm.isPending}
          >
            {l({ zh: `确认选派需求（${open.length}）`, en: `Confirm needs (${open.length})` })}
          </Button>
        </Popconfirm>
      </Flex>
      {topError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={topError}
          closable={{ onClose: () => setTopError(null) }}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<ProposalLine>
        rowKey="villageCode"
        size="small"
        columns={tinted}
        dataSource={shown}
        loading={refreshing && !confirm.isPending}
        scroll={{ x: 1260 }}
        sticky={{ offsetHeader: 64 }}
        rowClassName={(x) => (x.openNeedId ? styles.recorded! : '')}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (x) => ({
            disabled: Boolean(x.openNeedId),
            'aria-label': `${l({ zh: '选择', en: 'Choose' })} ${x.villageName}`,
          }),
        }}
        pagination={{
          ...page,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
      />
    </Card>
  );
}

/** What is on post on the planning date: first secretary, members, until when (clerk finding 1). */
function OnPostCell({ line }: { line: ProposalLine }) {
  const { l } = useT();
  const { onPost } = line;
  if (!onPost.firstSecretary && onPost.members === 0) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {l({ zh: '无人在岗', en: 'Nobody on post' })}
      </Typography.Text>
    );
  }
  const covered = peopleOf(line.shortfall) === 0;
  return (
    <Flex vertical>
      <Typography.Text style={{ fontSize: 12 }}>
        {onPost.firstSecretary
          ? l({
              zh: `第一书记和 ${onPost.members} 名队员`,
              en: `First secretary and ${enCount(onPost.members, 'member')}`,
            })
          : l({ zh: `队员 ${onPost.members} 名`, en: enCount(onPost.members, 'member') })}
      </Typography.Text>
      {onPost.until && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l({ zh: `至 ${onPost.until}`, en: `until ${onPost.until}` })}
        </Typography.Text>
      )}
      {covered && (
        <Tag color="green" style={{ marginInlineEnd: 0, width: 'fit-content' }}>
          {l({ zh: '在岗队伍已满足', en: 'Covered by the team on post' })}
        </Tag>
      )}
    </Flex>
  );
}
