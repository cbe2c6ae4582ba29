import { Alert, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { countyFlagLabels } from '../../../shared/dictionaries';
import { useNeedProposal } from '../../api/needs';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { CountyDateFields } from '../../components/CountyDateFields';
import { DataDate } from '../../components/DataDate';
import { defaultCounty } from '../../components/ScopedRegionSelect';
import { ProposalTable } from './ProposalTable';

/** 先定村 (P21.1-order): the county's villages, what the rules propose for each, edited and confirmed. */
export default function NeedsPlanPage() {
  const session = useSession();
  const { l } = useT();
  const [params, setParams] = useSearchParams();
  const county = params.get('county') ?? defaultCounty(session);
  const date = params.get('date') ?? undefined;
  const proposal = useNeedProposal(county, date);

  const setParam = (name: 'county' | 'date', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <CardHeading>{l({ zh: '需求规划（先定村）', en: 'Needs planning (villages first)' })}</CardHeading>
        }
        extra={<Link to="/needs">{l({ zh: '已记录的选派需求', en: 'Recorded needs' })}</Link>}
      >
        <Flex wrap gap={16} align="center">
          <CountyDateFields
            session={session}
            county={county}
            onCounty={(v) => setParam('county', v)}
            dateLabel={{ zh: '规划日期', en: 'Planning date' }}
            date={date}
            onDate={(v) => setParam('date', v)}
          />
          {proposal.data && (
            <Flex align="center" gap={8} wrap>
              <DataDate date={proposal.data.date} policyVersion={proposal.data.policyVersion} />
              {proposal.data.keyAssistedCounty && (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {l(countyFlagLabels.keyAssistedCounty)}
                </Tag>
              )}
            </Flex>
          )}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {l({
            zh: '系统按各村在规划日期的类别和本县标识，依据当日适用的政策提出建议，每行标明所依据的规则。可逐村调整第一书记和队员人数并写明理由（规则要求说明理由的，确认时在该行提示），勾选后确认；确认后记录为选派需求，留存记录人和时间。',
            en: 'The proposal follows each village’s categories on the planning date and the county’s flags, under the policy in force that day; each line names its rules. Adjust the first secretary and members per village with a reason (where the rules ask for one, the line says so on confirming), tick the villages and confirm: each becomes a recorded need with who and when.',
          })}
        </Typography.Paragraph>
      </Card>
      {!county && (
        <Card>
          <Empty description={l({ zh: '请选择一个县（市、区）', en: 'Choose a county' })} />
        </Card>
      )}
      {proposal.isError && <Alert type="error" showIcon role="alert" title={proposal.error.message} />}
      {county && proposal.isPending && (
        <Card>
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin description={l({ zh: '正在按村情测算…', en: 'Working out the proposal…' })} />
          </Flex>
        </Card>
      )}
      {county && proposal.data && (
        <ProposalTable
          key={`${proposal.data.countyCode}|${proposal.data.date}`}
          proposal={proposal.data}
          date={date}
          refreshing={proposal.isFetching}
        />
      )}
    </Flex>
  );
}
