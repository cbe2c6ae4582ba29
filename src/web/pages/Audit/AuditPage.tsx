import { ArrowRightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { type AuditFilters, type AuditRecord, useAuditLog, useVerifyAudit } from '../../api/audit';
import { access, hasRole, useSession } from '../../app/auth';
import { formatDateTime, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { actionLabels, entityTypeLabels } from './auditLabels';

type FilterForm = Omit<AuditFilters, 'page' | 'pageSize'>;

function Json({ value, label }: { value: unknown; label: string }) {
  const { t } = useT();
  return (
    <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text strong>{label}</Typography.Text>
      <pre className="zc-json">
        {value === null || value === undefined ? t('audit.empty') : JSON.stringify(value, null, 2)}
      </pre>
    </Flex>
  );
}

function VerifyVerdict({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t, lang } = useT();
  const verdict = verify.data;
  if (verify.isError) {
    return (
      <Alert type="error" showIcon role="alert" title={verify.error.message} style={{ marginBottom: 16 }} />
    );
  }
  if (!verdict) return null;
  const breaks = verdict.breaks ?? [];
  return (
    <Alert
      role="status"
      showIcon
      closable
      type={verdict.intact ? 'success' : 'error'}
      style={{ marginBottom: 16 }}
      title={
        verdict.intact
          ? t('audit.intact', { n: formatNumber(verdict.checked, lang) })
          : t('audit.brokenCount', {
              n: formatNumber(breaks.length + (verdict.moreBreaks ?? 0), lang),
              checked: formatNumber(verdict.checked, lang),
            })
      }
      description={
        verdict.intact ? undefined : (
          <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflow: 'auto' }}>
            {breaks.slice(0, 50).map((b) => (
              <li key={`${b.id}-${b.reason}`}>
                {t('audit.breakLine', { id: b.id, reason: t(`audit.reason.${b.reason}`) })}
              </li>
            ))}
            {breaks.length > 50 && (
              <li>{t('audit.moreBreaks', { n: breaks.length - 50 + (verdict.moreBreaks ?? 0) })}</li>
            )}
          </ul>
        )
      }
    />
  );
}

export default function AuditPage() {
  const session = useSession();
  const { t, l, lang } = useT();
  const [form] = Form.useForm<FilterForm>();
  const [filters, setFilters] = useState<AuditFilters>({ page: 1, pageSize: 20 });
  const log = useAuditLog(filters);
  const verify = useVerifyAudit();
  const canVerify = hasRole(session, ...access.verifyAudit);

  const clean = (v: string | undefined) => v?.trim() || undefined;
  const onFinish = (values: FilterForm) =>
    setFilters((f) => ({
      page: 1,
      pageSize: f.pageSize,
      action: clean(values.action),
      entityType: clean(values.entityType),
      entityId: clean(values.entityId),
      actor: clean(values.actor),
    }));

  const columns: TableColumnsType<AuditRecord> = [
    { title: t('audit.at'), dataIndex: 'at', width: 190, render: (at: string) => formatDateTime(at, lang) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 120 },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 150,
      render: (action: string) => {
        const label = actionLabels[action];
        return label ? <span title={action}>{l(label)}</span> : action;
      },
    },
    {
      title: t('audit.entityType'),
      dataIndex: 'entityType',
      width: 100,
      render: (type: string) => (entityTypeLabels[type] ? l(entityTypeLabels[type]) : type),
    },
    {
      title: t('audit.subject'),
      key: 'subject',
      ellipsis: true,
      // Who or what, in words; the id stays at hand for a search by it.
      render: (_, r) =>
        r.subjectName ? (
          <span title={r.entityId ?? undefined}>{r.subjectName}</span>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.entityId ?? '—'}
          </Typography.Text>
        ),
    },
    {
      title: t('audit.region'),
      key: 'region',
      width: 150,
      render: (_, r) =>
        r.regionCode === '*' ? (
          <Tag>{t('scope.national')}</Tag>
        ) : r.regionCode ? (
          <span title={r.regionCode}>{r.regionName ?? r.regionCode}</span>
        ) : (
          '—'
        ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('audit.title')}
        extra={
          canVerify && (
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('audit.verify')}
            </Button>
          )
        }
      >
        {canVerify && <VerifyVerdict verify={verify} />}
        <Form<FilterForm> form={form} layout="vertical" onFinish={onFinish}>
          <Row gutter={16}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label={t('audit.action')} name="action">
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('audit.any')}
                  options={Object.entries(actionLabels).map(([value, label]) => ({ value, label: l(label) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label={t('audit.entityType')} name="entityType">
                <Select
                  allowClear
                  placeholder={t('audit.any')}
                  options={Object.entries(entityTypeLabels).map(([value, label]) => ({
                    value,
                    label: l(label),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label={t('audit.entityId')} name="entityId">
                <Input allowClear maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label={t('audit.actor')} name="actor">
                <Input allowClear maxLength={64} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit">
              {t('audit.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters((f) => ({ page: 1, pageSize: f.pageSize }));
              }}
            >
              {t('audit.reset')}
            </Button>
          </Flex>
        </Form>
      </Card>
      <Card>
        {log.isError && (
          <Alert type="error" showIcon title={log.error.message} style={{ marginBottom: 16 }} />
        )}
        <Table<AuditRecord>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={log.data?.items}
          loading={log.isFetching}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowRender: (r) => (
              <Flex vertical gap={8}>
                <Flex gap={12} align="stretch">
                  <Json label={t('audit.before')} value={r.before} />
                  <Flex align="center" aria-hidden>
                    <ArrowRightOutlined />
                  </Flex>
                  <Json label={t('audit.after')} value={r.after} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audit.requestId')}：{r.requestId ?? '—'} · {t('audit.hash')}：
                  <Typography.Text code style={{ fontSize: 11 }}>
                    {r.hash}
                  </Typography.Text>
                </Typography.Text>
              </Flex>
            ),
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => t('audit.total', { n: formatNumber(n, lang) }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
        />
      </Card>
    </Flex>
  );
}
