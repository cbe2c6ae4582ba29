import { FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Radio, Result, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Role } from '../../../shared/dictionaries';
import type { LocalisedText } from '../../../shared/errors';
import {
  downloadTemplate,
  type ImportKind,
  type ImportMode,
  type ImportReport,
  importKinds,
  type Progress as TransferProgress,
  useImport,
} from '../../api/imports';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { DownloadButton } from '../../components/DownloadButton';
import { ImportReportTable } from './ImportReportTable';

const kinds: Record<ImportKind, { label: LocalisedText; help: LocalisedText; roles: Role[]; list: string }> =
  {
    cadres: {
      label: { zh: '干部', en: 'Cadres' },
      help: {
        zh: '派出单位的干部花名册：姓名、身份证号、手机号、政治面貌、参加工作时间等',
        en: "A unit's cadre roster: name, ID number, phone, party status, start of work…",
      },
      roles: ['sys_admin', 'org_admin', 'unit_hr'],
      list: '/cadres',
    },
    units: {
      label: { zh: '派出单位', en: 'Dispatching units' },
      help: {
        zh: '单位名称、类别、层级、所在地区和上级单位',
        en: 'Name, kind, level, region and parent unit',
      },
      roles: ['sys_admin', 'org_admin'],
      list: '/units',
    },
    villages: {
      label: { zh: '村情信息', en: 'Village profiles' },
      help: {
        zh: '村代码、人口、户数、位置，以及各村类别和起止日期',
        en: 'Village code, population, households, location, and categories with their dates',
      },
      roles: ['sys_admin', 'org_admin'],
      list: '/villages',
    },
  };

const isKind = (k: string | null): k is ImportKind => (importKinds as readonly (string | null)[]).includes(k);

/** The file must be an Excel workbook (.xlsx) of at most this size (the server refuses larger ones). */
const MAX_BYTES = 20 * 1024 * 1024;

type Stage =
  | { step: 'choose' }
  | { step: 'checking'; file: File }
  | { step: 'report'; file: File; report: ImportReport }
  | { step: 'importing'; file: File; report: ImportReport; mode: ImportMode }
  | { step: 'done'; file: File; report: ImportReport };

const stepIndex: Record<Stage['step'], number> = { choose: 0, checking: 1, report: 2, importing: 3, done: 3 };

/**
 * The Excel import wizard: choose what to import → download the template → upload the filled file, which is
 * checked row by row without writing anything → import all rows (only when none has a problem) or only the
 * valid ones → the result.
 */
export default function ImportsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const allowed = importKinds.filter((k) => hasRole(session, ...kinds[k].roles));
  const asked = params.get('kind');
  const kind: ImportKind | undefined = isKind(asked) && allowed.includes(asked) ? asked : allowed[0];
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useImport();

  if (!kind) {
    return (
      <Card>
        <Result status="403" title={l({ zh: '您不能导入数据', en: 'You cannot import data' })} />
      </Card>
    );
  }

  const chooseKind = (k: ImportKind) => {
    setParams({ kind: k }, { replace: true });
    setStage({ step: 'choose' });
    setError(null);
  };

  const check = (file: File) => {
    setError(null);
    if (!/\.xlsx$/i.test(file.name)) {
      setError(
        l({
          zh: '请上传 Excel 文件（.xlsx），可先下载导入模板填写',
          en: 'Upload an Excel (.xlsx) file; start from the template',
        }),
      );
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(l({ zh: '文件超过 20 MB，请分成几个文件导入', en: 'The file is over 20 MB; split it' }));
      return;
    }
    setStage({ step: 'checking', file });
    run.mutate(
      { kind, file, dryRun: true, mode: 'all-or-nothing', lang, onProgress: setProgress },
      {
        onSuccess: (report) => setStage({ step: 'report', file, report }),
        onError: (e) => {
          setError(e.message);
          setStage({ step: 'choose' });
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const importRows = (mode: ImportMode) => {
    if (stage.step !== 'report') return;
    const { file, report } = stage;
    setError(null);
    setStage({ step: 'importing', file, report, mode });
    run.mutate(
      { kind, file, dryRun: false, mode, lang, onProgress: setProgress },
      {
        onSuccess: (result) => setStage({ step: 'done', file, report: result }),
        onError: (e) => {
          setError(e.message);
          setStage({ step: 'report', file, report });
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const restart = () => {
    setError(null);
    setStage({ step: 'choose' });
  };

  const progressBlock = (what: LocalisedText) => (
    <Flex vertical gap={8} role="status" aria-live="polite" style={{ maxWidth: 560 }}>
      <Typography.Text>
        {progress?.phase === 'upload'
          ? l({ zh: `正在上传 ${progress.percent ?? 0}%`, en: `Uploading ${progress.percent ?? 0}%` })
          : l(what)}
      </Typography.Text>
      <Progress
        percent={progress?.phase === 'upload' ? (progress.percent ?? 0) : 100}
        status="active"
        showInfo={progress?.phase === 'upload'}
        aria-label={l({ zh: '进度', en: 'Progress' })}
      />
    </Flex>
  );

  return (
    <Card title={<h1 style={{ fontSize: 16, margin: 0 }}>{l({ zh: 'Excel 导入', en: 'Excel import' })}</h1>}>
      <Steps
        current={stepIndex[stage.step]}
        style={{ marginBottom: 24 }}
        items={[
          { title: l({ zh: '选择类型并下载模板', en: 'Choose and get the template' }) },
          { title: l({ zh: '上传并检查', en: 'Upload and check' }) },
          { title: l({ zh: '检查报告', en: 'Report' }) },
          { title: l({ zh: '导入结果', en: 'Result' }) },
        ]}
      />
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}

      {stage.step === 'choose' && (
        <Flex vertical gap={20}>
          <section aria-label={l({ zh: '导入类型', en: 'What to import' })}>
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              {l({ zh: '1. 选择要导入的内容', en: '1. Choose what to import' })}
            </Typography.Title>
            <Radio.Group
              value={kind}
              onChange={(e) => chooseKind(e.target.value as ImportKind)}
              aria-label={l({ zh: '导入类型', en: 'What to import' })}
            >
              <Flex gap={12} wrap>
                {importKinds.map((k) => (
                  <Radio
                    key={k}
                    value={k}
                    disabled={!allowed.includes(k)}
                    style={{
                      border: `1px solid ${k === kind ? '#1456b8' : '#d9d9d9'}`,
                      background: k === kind ? '#f0f6ff' : undefined,
                      borderRadius: 4,
                      padding: '10px 14px',
                      width: 300,
                      alignItems: 'flex-start',
                    }}
                  >
                    <Flex vertical>
                      <Typography.Text strong>{l(kinds[k].label)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {l(kinds[k].help)}
                      </Typography.Text>
                    </Flex>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </section>
          <section>
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              {l({ zh: '2. 下载导入模板并填写', en: '2. Download the template and fill it in' })}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {l({
                zh: '模板中的下拉选项即为可填的值，第二个工作表是填写说明。请勿改动表头。',
                en: 'The drop-downs hold the allowed values; the second sheet explains each column. Keep the header row as it is.',
              })}
            </Typography.Paragraph>
            <DownloadButton download={(onProgress) => downloadTemplate(kind, lang, onProgress)}>
              {l({
                zh: `下载${l(kinds[kind].label)}导入模板`,
                en: `Download the ${l(kinds[kind].label).toLowerCase()} template`,
              })}
            </DownloadButton>
          </section>
          <section>
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              {l({ zh: '3. 上传填好的文件', en: '3. Upload the filled file' })}
            </Typography.Title>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                check(file);
                return Upload.LIST_IGNORE;
              }}
              style={{ maxWidth: 640 }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {l({ zh: '点击或将 .xlsx 文件拖到这里', en: 'Click or drop an .xlsx file here' })}
              </p>
              <p className="ant-upload-hint">
                {l({
                  zh: '上传后先逐行检查，不会写入任何数据；看过检查报告再决定是否导入。',
                  en: 'The file is checked row by row first and nothing is written; you decide after the report.',
                })}
              </p>
            </Upload.Dragger>
          </section>
        </Flex>
      )}

      {stage.step === 'checking' && (
        <Flex vertical gap={16}>
          <FileLine file={stage.file} />
          {progressBlock({
            zh: '正在逐行检查…（不会写入数据）',
            en: 'Checking each row… (nothing is written)',
          })}
        </Flex>
      )}

      {stage.step === 'report' && (
        <Flex vertical gap={16}>
          <FileLine file={stage.file} />
          <ReportSummary report={stage.report} />
          {stage.report.errors.length > 0 && <ImportReportTable problems={stage.report.errors} />}
          <Flex gap={12} wrap>
            <Button
              type="primary"
              disabled={stage.report.errors.length > 0 || stage.report.valid === 0}
              onClick={() => importRows('all-or-nothing')}
            >
              {l({
                zh: `全部导入（${formatNumber(stage.report.total, lang)} 行）`,
                en: `Import all (${enCount(stage.report.total, 'row')})`,
              })}
            </Button>
            <Button
              disabled={stage.report.valid === 0 || stage.report.errors.length === 0}
              onClick={() => importRows('valid-only')}
            >
              {l({
                zh: `只导入有效行（${formatNumber(stage.report.valid, lang)} 行）`,
                en: `Import valid rows only (${formatNumber(stage.report.valid, lang)})`,
              })}
            </Button>
            <Button onClick={restart}>{l({ zh: '修改后重新上传', en: 'Fix and upload again' })}</Button>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({
              zh: '“全部导入”只在没有任何问题时可用，要么全部写入、要么都不写入；“只导入有效行”跳过有问题的行。',
              en: '"Import all" is offered only when no row has a problem: all rows or none. "Valid rows only" skips the rows with problems.',
            })}
          </Typography.Text>
        </Flex>
      )}

      {stage.step === 'importing' && (
        <Flex vertical gap={16}>
          <FileLine file={stage.file} />
          {progressBlock({ zh: '正在导入…', en: 'Importing…' })}
        </Flex>
      )}

      {stage.step === 'done' && (
        <Result
          status={stage.report.ok > 0 ? 'success' : 'warning'}
          title={
            stage.report.ok > 0
              ? l({
                  zh: `已导入 ${formatNumber(stage.report.ok, lang)} 行`,
                  en: `${enCount(stage.report.ok, 'row')} imported`,
                })
              : l({ zh: '没有导入任何行', en: 'No rows were imported' })
          }
          subTitle={
            stage.report.errors.length > 0
              ? l({
                  zh: `跳过 ${formatNumber(stage.report.total - stage.report.ok, lang)} 行有问题的数据`,
                  en: `${enCount(stage.report.total - stage.report.ok, 'row')} with problems were skipped`,
                })
              : undefined
          }
          extra={[
            <Button key="list" type="primary" onClick={() => navigate(kinds[kind].list)}>
              {l({ zh: `查看${l(kinds[kind].label)}`, en: `Open ${l(kinds[kind].label)}` })}
            </Button>,
            <Button key="again" onClick={restart}>
              {l({ zh: '继续导入', en: 'Import another file' })}
            </Button>,
          ]}
        >
          {stage.report.errors.length > 0 && <ImportReportTable problems={stage.report.errors} />}
        </Result>
      )}
    </Card>
  );
}

function FileLine({ file }: { file: File }) {
  const { l, lang } = useT();
  return (
    <Flex align="center" gap={8}>
      <FileExcelOutlined style={{ color: '#1d6f42', fontSize: 18 }} aria-hidden />
      <Typography.Text strong>{file.name}</Typography.Text>
      <Typography.Text type="secondary">
        {l({ zh: '大小', en: 'size' })} {formatNumber(Math.max(1, Math.round(file.size / 1024)), lang)} KB
      </Typography.Text>
    </Flex>
  );
}

function ReportSummary({ report }: { report: ImportReport }) {
  const { l, lang } = useT();
  const n = (x: number) => formatNumber(x, lang);
  const rows = new Set(report.errors.map((e) => e.row)).size;
  if (report.errors.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        title={l({
          zh: `检查通过：共 ${n(report.total)} 行，均可导入`,
          en: `All clear: ${enCount(report.total, 'row')}, all can be imported`,
        })}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={l({
        zh: `共 ${n(report.total)} 行：${n(report.valid)} 行可以导入，${n(rows)} 行有问题（${n(report.errors.length)} 处）`,
        en: `${enCount(report.total, 'row')}: ${n(report.valid)} can be imported, ${n(rows)} have problems (${n(report.errors.length)} in all)`,
      })}
      description={l({
        zh: '请按下表修改 Excel 后重新上传，或只导入有效行。',
        en: 'Fix the workbook as listed below and upload it again, or import only the valid rows.',
      })}
    />
  );
}
