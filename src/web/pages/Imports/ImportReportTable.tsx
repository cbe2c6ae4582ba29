import { Table, type TableColumnsType, Typography } from 'antd';
import type { ImportProblem } from '../../api/imports';
import { useT } from '../../app/i18n';

/** The dry run's findings: one line per problem, with the spreadsheet row and column as Excel shows them. */
export function ImportReportTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { l } = useT();
  const columns: TableColumnsType<ImportProblem> = [
    {
      title: l({ zh: '行号', en: 'Row' }),
      dataIndex: 'row',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.row - b.row,
    },
    {
      title: l({ zh: '列', en: 'Column' }),
      key: 'column',
      width: 220,
      render: (_, p) =>
        p.header ??
        p.column ?? <Typography.Text type="secondary">{l({ zh: '整行', en: 'Whole row' })}</Typography.Text>,
    },
    {
      title: l({ zh: '填写的值', en: 'Value' }),
      dataIndex: 'value',
      width: 200,
      render: (v: string | null) =>
        v === null || v === '' ? (
          <Typography.Text type="secondary">{l({ zh: '（空）', en: '(empty)' })}</Typography.Text>
        ) : (
          <Typography.Text code style={{ wordBreak: 'break-all' }}>
            {v}
          </Typography.Text>
        ),
    },
    { title: l({ zh: '问题', en: 'Problem' }), dataIndex: 'message' },
  ];
  return (
    <Table<ImportProblem>
      aria-label={l({ zh: '检查报告', en: 'Check report' })}
      rowKey={(p, i) => `${p.row}-${p.column ?? ''}-${i}`}
      size="small"
      bordered
      columns={columns}
      dataSource={[...problems]}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 800 }}
    />
  );
}
