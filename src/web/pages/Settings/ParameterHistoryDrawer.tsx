import { Alert, Drawer, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { type CatalogueEntry, type SettingRecordView, useSettingHistory } from '../../api/settings';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { RuleTag } from '../../components/RuleTag';
import { settingLevelLabels, settingLevelOf, valueText } from './labels';

/**
 * The values set for one parameter — in the region, the levels above it and, in the reader's scope, below
 * it — newest first, each with its date in force, who set it and why; a value corrected for the same date
 * stays listed, marked as replaced.
 */
export function ParameterHistoryDrawer({
  region,
  entry,
  onClose,
}: {
  region: { code: string; name: string };
  entry: CatalogueEntry;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const history = useSettingHistory(region.code, entry.key);

  const columns: TableColumnsType<SettingRecordView> = [
    {
      title: l({ zh: '施行日期', en: 'In force from' }),
      dataIndex: 'effectiveFrom',
      width: 130,
      render: (d: string) => dayText(d, lang),
    },
    {
      title: l({ zh: '值', en: 'Value' }),
      key: 'value',
      width: 110,
      render: (_, r) => (
        <>
          {valueText(entry, r.value, lang)}
          {r.superseded && (
            <Tag style={{ marginInlineStart: 6 }}>{l({ zh: '已被更正', en: 'Replaced' })}</Tag>
          )}
        </>
      ),
    },
    {
      title: l({ zh: '设置单位', en: 'Set for' }),
      key: 'region',
      width: 150,
      render: (_, r) => {
        const level = settingLevelOf(r.regionCode);
        return (
          <>
            {r.regionName ?? r.regionCode}
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {level ? l(settingLevelLabels[level]) : ''} · {r.regionCode}
            </Typography.Text>
          </>
        );
      },
    },
    {
      title: l({ zh: '依据或说明', en: 'Note' }),
      dataIndex: 'note',
      render: (n: string | null) => n ?? '—',
    },
    {
      title: l({ zh: '设置人', en: 'Set by' }),
      key: 'setBy',
      width: 170,
      render: (_, r) => (
        <>
          {r.setByName}
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {formatDateTime(r.setAt, lang)}
          </Typography.Text>
        </>
      ),
    },
  ];

  return (
    <Drawer
      open
      onClose={onClose}
      size={860}
      title={l({ zh: `设置记录：${entry.label.zh}`, en: `History: ${entry.label.en}` })}
    >
      <Typography.Paragraph type="secondary">
        {l({
          zh: `${region.name}及其上级、辖区内下级设置过的值，最新的在前。未列出的时段按全国默认值 ${valueText(entry, entry.default, 'zh')} 执行。`,
          en: `Values set for ${region.name}, the levels above it and those below it in your scope, newest first. Where none applies the national default of ${valueText(entry, entry.default, 'en')} does.`,
        })}{' '}
        <RuleTag ruleId={entry.ruleId} compact />
      </Typography.Paragraph>
      {history.isError && <Alert type="error" showIcon role="alert" title={history.error.message} />}
      <Table<SettingRecordView>
        rowKey="id"
        columns={columns}
        dataSource={history.data ?? []}
        loading={history.isPending}
        size="small"
        pagination={false}
        locale={{
          emptyText: l({
            zh: '尚未设置过，一直按全国默认值执行',
            en: 'Never set: the national default applies',
          }),
        }}
      />
    </Drawer>
  );
}
