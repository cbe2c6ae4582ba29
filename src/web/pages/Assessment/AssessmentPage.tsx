import { Alert, App, Button, Card, Flex, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../shared/permissions';
import { type BatchListItem, useBatches, useOpenBatch } from '../../api/assessment';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { defaultRegion } from '../../components/ScopedRegionSelect';
import { GradeDistribution } from './GradeDistribution';
import { kindNames } from './labels';

/** 考核 (issue 13): the batches of the user's county and the distribution of decided grades (no ranking). */
export default function AssessmentPage() {
  const session = useSession();
  const { l } = useT();
  const region = defaultRegion(session);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | undefined>(undefined);
  const batches = useBatches(year ? { year } : {});
  const open = useOpenBatch();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [opening, setOpening] = useState(false);
  const [openYear, setOpenYear] = useState(thisYear);
  const [openKind, setOpenKind] = useState<'annual' | 'term_end'>('annual');
  const county = region && region.length === 6 ? region : undefined;
  const mayOpen = can(session, 'assessment.open') && Boolean(county);

  return (
    <Flex vertical gap={16}>
      <Card
        title={l({ zh: '考核批次', en: 'Assessment batches' })}
        extra={
          <Flex gap={8}>
            <Select
              allowClear
              placeholder={l({ zh: '全部年度', en: 'All years' })}
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={[0, 1, 2, 3].map((d) => ({ value: thisYear - d, label: `${thisYear - d}` }))}
            />
            {mayOpen && (
              <Button type="primary" onClick={() => setOpening(true)}>
                {l({ zh: '开启考核批次', en: 'Open a batch' })}
              </Button>
            )}
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">
          {l({
            zh: '县委组织部每年对驻村半年以上的干部进行考核（P21.5-annual）；考勤、考绩、工作总结、村民测评、村干部评议相结合（P17.5.1-mix）。',
            en: 'The county assesses cadres stationed more than half a year each year (P21.5-annual), combining attendance, performance, the work summary and the villagers’ and village cadres’ voices (P17.5.1-mix).',
          })}
        </Typography.Paragraph>
        <Table<BatchListItem>
          rowKey="id"
          loading={batches.isLoading}
          dataSource={batches.data ?? []}
          pagination={false}
          columns={[
            {
              title: l({ zh: '批次', en: 'Batch' }),
              render: (_, b) => (
                <Link to={`/assessment/${b.id}`}>
                  {b.regionName} {b.year}
                  {l({ zh: '年', en: '' })} {l(kindNames[b.kind])}
                </Link>
              ),
            },
            {
              title: l({ zh: '状态', en: 'Status' }),
              render: (_, b) =>
                b.status === 'published' ? (
                  <Tag color="green">{l({ zh: '已公布', en: 'Published' })}</Tag>
                ) : (
                  <Tag color="blue">{l({ zh: '进行中', en: 'In progress' })}</Tag>
                ),
            },
            { title: l({ zh: '考核人数', en: 'Assessed' }), dataIndex: 'eligible', align: 'right' },
            { title: l({ zh: '已评定', en: 'Decided' }), dataIndex: 'decided', align: 'right' },
          ]}
        />
      </Card>
      {county && <GradeDistribution region={county} year={year ?? thisYear - 1} />}
      <Modal
        open={opening}
        title={l({ zh: '开启考核批次', en: 'Open a batch' })}
        okText={l({ zh: '开启', en: 'Open' })}
        confirmLoading={open.isPending}
        onCancel={() => setOpening(false)}
        onOk={() =>
          open.mutateAsync({ kind: openKind, region: county!, year: openYear }).then(
            (b) => {
              setOpening(false);
              message.success(l({ zh: '考核批次已开启', en: 'Batch opened' }));
              navigate(`/assessment/${b.id}`);
            },
            (e: Error) => message.error(e.message),
          )
        }
      >
        <Flex vertical gap={12}>
          <Alert
            type="info"
            showIcon
            message={l({
              zh: '系统按考核方案列出考核对象，驻村不满规定月数或已召回的干部注明原因。',
              en: 'The system lists who is assessed under the scheme and why others are not.',
            })}
          />
          <Flex gap={8} align="center">
            <span>{l({ zh: '考核类别', en: 'Kind' })}</span>
            <Select
              aria-label={l({ zh: '考核类别', en: 'Kind' })}
              style={{ width: 160 }}
              value={openKind}
              onChange={setOpenKind}
              options={(['annual', 'term_end'] as const).map((k) => ({ value: k, label: l(kindNames[k]) }))}
            />
          </Flex>
          {openKind === 'term_end' && (
            <Typography.Text type="secondary">
              {l({
                zh: '期满考核：对本年度任期届满的干部，由派出单位会同县委组织部和乡镇党委进行（P21.5-termend）。',
                en: 'Term-end: cadres whose term ends this year, by the dispatching unit with the county and township (P21.5-termend).',
              })}
            </Typography.Text>
          )}
          <Flex gap={8} align="center">
            <span>{l({ zh: '考核年度', en: 'Year' })}</span>
            <InputNumber
              aria-label={l({ zh: '考核年度', en: 'Year' })}
              min={2017}
              max={2100}
              value={openYear}
              onChange={(v) => v && setOpenYear(v)}
            />
          </Flex>
        </Flex>
      </Modal>
    </Flex>
  );
}
