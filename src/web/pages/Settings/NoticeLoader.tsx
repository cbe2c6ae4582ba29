import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { type NoticeBody, type NoticeView, useCalendarNotices, useLoadNotice } from '../../api/calendar';
import { formatDateTime } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';

const example = (year: number) =>
  JSON.stringify(
    {
      year,
      title: `国务院办公厅关于${year}年部分节假日安排的通知（国办发明电〔${year - 1}〕X号）`,
      holidays: [
        { date: `${year}-01-01`, name: '元旦' },
        { date: `${year}-02-15`, name: '春节' },
      ],
      workdays: [{ date: `${year}-02-13`, name: '春节' }],
    },
    null,
    2,
  );

/** Where a refusal points: a date of the notice, a field of the file, or the notice as a whole. */
const problemPlace = (field: string) =>
  field.startsWith('date ') ? `${field.slice(5)}：` : field === 'notice' ? '' : `${field}：`;

/**
 * 导入国务院节假日安排通知: for a year the `chinese-days` package does not know yet, the national administrator
 * loads the State Council notice as a small JSON data file (uploaded or pasted). The server validates it
 * (dates in the year, 元旦 a holiday, adjusted working days on weekends, no day twice) and its refusals
 * show here in words, one per line.
 */
export function NoticeLoader({ year }: { year: number }) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const load = useLoadNotice();
  const notices = useCalendarNotices();

  const submit = () => {
    setParseError(null);
    load.reset();
    let body: NoticeBody;
    try {
      body = JSON.parse(text) as NoticeBody;
    } catch (e) {
      setParseError((e as Error).message);
      return;
    }
    load.mutate(body, {
      onSuccess: (n) => {
        message.success(
          l({
            zh: `已导入 ${n.year} 年通知：放假 ${n.holidays} 天，调休上班 ${n.workdays} 天`,
            en: `Notice for ${n.year} loaded: ${n.holidays} holidays, ${n.workdays} adjusted working days`,
          }),
        );
        setText('');
      },
    });
  };

  const problems = load.error && isApiError(load.error) ? load.error.fields : [];

  return (
    <Card
      size="small"
      title={l({ zh: '导入国务院节假日安排通知', en: 'Load a State Council holiday notice' })}
      style={{ marginTop: 16 }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {l({
          zh: '数据包尚未收录的年份，可按国务院办公厅通知录入放假日（holidays，含其间的周末）和调休上班日（workdays，只能是周六或周日），保存为 JSON 文件上传或直接粘贴。系统校验后生效，对该年优先于数据包，并记入审计日志。',
          en: 'For a year the package does not list yet, enter the holidays of the State Council notice (holidays, with the weekends inside them) and the adjusted working days (workdays, Saturdays or Sundays only) as a JSON file, uploaded or pasted. The server checks it; it then takes precedence over the package for that year, and the load is audited.',
        })}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={async (file) => {
            setText(await file.text());
            setParseError(null);
            load.reset();
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{l({ zh: '选择 JSON 文件', en: 'Choose a JSON file' })}</Button>
        </Upload>
        <Input.TextArea
          aria-label={l({ zh: '通知数据（JSON）', en: 'Notice data (JSON)' })}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={8}
          placeholder={example(year)}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 }}
        />
        <Flex gap={8}>
          <Button type="primary" onClick={submit} disabled={!text.trim()} loading={load.isPending}>
            {l({ zh: '校验并导入', en: 'Check and load' })}
          </Button>
        </Flex>
        {parseError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={l({ zh: '不是有效的 JSON 数据', en: 'This is not valid JSON' })}
            description={parseError}
          />
        )}
        {load.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={
              problems.length > 0
                ? l({
                    zh: '通知数据未通过校验，请按以下各条修改后重新导入：',
                    en: 'The notice did not pass the checks; correct these and load it again:',
                  })
                : load.error.message
            }
            description={
              problems.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {problems.map((p) => (
                    <li key={`${p.field}-${p.message}`}>
                      {problemPlace(p.field)}
                      {p.message}
                    </li>
                  ))}
                </ul>
              )
            }
          />
        )}
      </Flex>
      {(notices.data?.length ?? 0) > 0 && (
        <Table<NoticeView>
          style={{ marginTop: 12 }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={notices.data}
          columns={[
            { title: l({ zh: '年份', en: 'Year' }), dataIndex: 'year', width: 70 },
            { title: l({ zh: '通知', en: 'Notice' }), dataIndex: 'title' },
            { title: l({ zh: '放假', en: 'Holidays' }), dataIndex: 'holidays', width: 70, align: 'right' },
            { title: l({ zh: '调休', en: 'Adjusted' }), dataIndex: 'workdays', width: 70, align: 'right' },
            {
              title: l({ zh: '导入', en: 'Loaded' }),
              key: 'loaded',
              width: 220,
              render: (_, n) => `${n.loadedByName} · ${formatDateTime(n.loadedAt, lang)}`,
            },
          ]}
        />
      )}
    </Card>
  );
}
