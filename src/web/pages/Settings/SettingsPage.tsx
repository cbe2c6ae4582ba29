import { Alert, Button, Card, Empty, Flex, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { can } from '../../../shared/permissions';
import {
  type CatalogueEntry,
  type EffectiveParameter,
  useEffectiveParameters,
  useSettingsCatalogue,
} from '../../api/settings';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { TypedDatePicker } from '../../components/TypedDatePicker';
import { EditParameterModal } from './EditParameterModal';
import { settableByLabels, settingLevelOf, sourceText, valueText } from './labels';
import { ParameterHistoryDrawer } from './ParameterHistoryDrawer';

interface Row extends EffectiveParameter {
  entry: CatalogueEntry | undefined;
}

/**
 * 省级参数: every number RULES.md leaves to local measures, as in force for a region on a date — the national
 * default, or the province's, city's or county's value with the date it took effect (issue 10 item 1). The
 * organisation department sets a value from a date where the catalogue lets its level; every reader sees the
 * value and its source. Region and date are in the address.
 */
export default function SettingsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? defaultRegion(session);
  const date = params.get('date') ?? todayInShanghai();
  const set = (name: 'region' | 'date', value: string | null | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const effective = useEffectiveParameters(region, date);
  const catalogue = useSettingsCatalogue();
  const [editing, setEditing] = useState<Row | null>(null);
  const [history, setHistory] = useState<CatalogueEntry | null>(null);
  const data = effective.data;
  const writer = can(session, 'settings.write');
  const rows: Row[] = (data?.parameters ?? []).map((p) => ({ ...p, entry: catalogue.data?.get(p.key) }));
  const place = data ? { code: data.region, name: data.regionName } : null;

  const columns: TableColumnsType<Row> = [
    {
      title: l({ zh: '参数', en: 'Parameter' }),
      key: 'label',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.entry ? l(r.entry.label) : r.key}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <code>{r.key}</code>
            {r.entry && ` · ${l(settableByLabels[r.entry.lowest])}`}
          </Typography.Text>
          {r.entry?.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l(r.entry.note)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '现行值', en: 'In force' }),
      key: 'value',
      width: 130,
      render: (_, r) => (
        <Typography.Text strong data-testid={`value-${r.key}`}>
          {valueText(r.entry, r.value, lang)}
        </Typography.Text>
      ),
    },
    {
      title: l({ zh: '来源', en: 'Source' }),
      key: 'source',
      width: 250,
      render: (_, r) => {
        const s = sourceText(r, lang);
        return (
          <Flex vertical gap={2} data-testid={`source-${r.key}`}>
            <span>
              <Tag color={r.sourceRegion === null ? 'default' : 'blue'} style={{ marginInlineEnd: 0 }}>
                {l(s.level)}
              </Tag>
            </span>
            {s.detail && <Typography.Text style={{ fontSize: 13 }}>{s.detail}</Typography.Text>}
          </Flex>
        );
      },
    },
    {
      title: l({ zh: '依据', en: 'Rule' }),
      key: 'rule',
      width: 150,
      render: (_, r) => (r.entry ? <RuleTag ruleId={r.entry.ruleId} compact /> : null),
    },
    {
      title: l({ zh: '操作', en: 'Actions' }),
      key: 'actions',
      width: 150,
      render: (_, r) => (
        <Space size={4} wrap>
          {r.editable && r.entry && (
            <Button
              size="small"
              type="primary"
              aria-label={l({ zh: `修改${r.entry.label.zh}`, en: `Change ${r.entry.label.en}` })}
              onClick={() => setEditing(r)}
            >
              {l({ zh: '修改', en: 'Change' })}
            </Button>
          )}
          {r.entry && (
            <Button
              size="small"
              aria-label={l({ zh: `${r.entry.label.zh}的设置记录`, en: `History of ${r.entry.label.en}` })}
              onClick={() => setHistory(r.entry!)}
            >
              {l({ zh: '记录', en: 'History' })}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const level = region ? settingLevelOf(region) : undefined;

  return (
    <Card title={<CardHeading>{l({ zh: '省级参数', en: 'Provincial parameters' })}</CardHeading>}>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {l({
          zh: '中央文件留给地方规定的数字（驻村天数下限、请假审批权限、召回研判、签到、交接、队伍人数等）。每项先看县，再看市、省，都没有规定时按全国默认值；每个值自其施行日期起适用，各月统计按当月施行的值计算。乡镇和村执行所在县的值。',
          en: 'The numbers the central texts leave to local measures (minimum days in the village, who approves leave, recall review, check-ins, handover, team sizes…). The county’s value applies, else the city’s, else the province’s, else the national default; each value applies from the date it took effect, so each month is counted with the values then in force. Townships and villages follow their county.',
        })}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <ScopedRegionSelect
          aria-label={l({ zh: '区域', en: 'Region' })}
          session={session}
          value={region}
          onChange={(code) => set('region', code)}
          placeholder={l({ zh: '选择区域（输入名称搜索）', en: 'Choose a region (type to search)' })}
        />
        <Flex align="center" gap={8}>
          <label htmlFor="settings-date">{l({ zh: '适用日期', en: 'As on' })}</label>
          <TypedDatePicker id="settings-date" value={date} onChange={(d) => set('date', d)} />
        </Flex>
      </Flex>
      {!region && <Empty description={l({ zh: '请选择一个区域', en: 'Choose a region' })} />}
      {effective.isError && <Alert type="error" showIcon role="alert" title={effective.error.message} />}
      {writer && data && level === undefined && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={l({
            zh: '乡镇和村执行所在县的参数，不能单独设置。要修改，请选择省、市或县。',
            en: 'Townships and villages follow their county and cannot set parameters: choose a province, city or county to change one.',
          })}
        />
      )}
      {data && (
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
          {l({
            zh: `${data.regionName}（${data.region}）现行参数`,
            en: `Parameters in force in ${data.regionName} (${data.region})`,
          })}
        </Typography.Title>
      )}
      {region && (
        <Table<Row>
          rowKey="key"
          columns={columns}
          dataSource={rows}
          loading={effective.isPending || catalogue.isPending}
          size="middle"
          pagination={false}
          aria-label={l({ zh: '现行参数', en: 'Parameters in force' })}
        />
      )}
      {editing?.entry && place && (
        <EditParameterModal
          region={place}
          entry={editing.entry}
          current={editing}
          defaultDate={date}
          onClose={() => setEditing(null)}
        />
      )}
      {history && place && (
        <ParameterHistoryDrawer region={place} entry={history} onClose={() => setHistory(null)} />
      )}
    </Card>
  );
}
