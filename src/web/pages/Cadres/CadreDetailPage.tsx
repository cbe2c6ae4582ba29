import { EditOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Skeleton,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { genderLabels, partyStatusLabels, rankLabels } from '../../../shared/dictionaries';
import { useCadre } from '../../api/cadres';
import { hasRole, useSession } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { CalendarDay, dayText } from '../../components/CalendarDay';
import { CadreAssessments } from '../Assessment/CadreAssessments';
import { CadreWorkLogs } from '../WorkLogs/RecordsCards';
import { CadreDrawer } from './CadreDrawer';
import { CadreMarks, StrengthTags } from './CadreTags';
import { RevealNumber } from './RevealNumber';

/** One cadre: the record, the computed facts, and the masked numbers with the audited reveal. */
export default function CadreDetailPage() {
  const { id } = useParams<{ id: string }>();
  const session = useSession();
  const { l, lang } = useT();
  const cadre = useCadre(id);
  const [editing, setEditing] = useState(false);
  // The API decides in the end (a county sees a central unit's cadre serving there but cannot change it).
  const writer = hasRole(session, 'sys_admin', 'org_admin', 'unit_hr');

  if (cadre.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (cadre.isError) {
    const missing = isApiError(cadre.error) && (cadre.error.status === 404 || cadre.error.status === 400);
    return (
      <Card>
        <Result
          status={missing ? '404' : 'error'}
          title={
            missing
              ? l({ zh: '找不到这名干部', en: 'No such cadre' })
              : l({ zh: '加载失败', en: 'Failed to load' })
          }
          subTitle={cadre.error.message}
          extra={<Link to="/cadres">{l({ zh: '返回干部库', en: 'Back to the cadre pool' })}</Link>}
        />
      </Card>
    );
  }
  const c = cadre.data;
  const years = (n: number | null) => (n === null ? '—' : n);

  return (
    <Flex vertical gap={16}>
      <Card>
        <Breadcrumb
          items={[
            { key: 'cadres', title: <Link to="/cadres">{l({ zh: '干部库', en: 'Cadre pool' })}</Link> },
            { key: c.id, title: c.name },
          ]}
        />
        <Flex align="center" gap={12} wrap style={{ marginTop: 12 }}>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {c.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {l(genderLabels[c.gender])} · <Link to={`/units/${c.unitId}`}>{c.unitName}</Link>
          </Typography.Text>
          {c.facts.young && <Tag color="green">{l({ zh: '年轻干部', en: 'Young cadre' })}</Tag>}
          {c.demo && <Tag color="gold">{l({ zh: '演示数据', en: 'Demo data' })}</Tag>}
          {writer && c.mayReveal && (
            <Button icon={<EditOutlined />} style={{ marginLeft: 'auto' }} onClick={() => setEditing(true)}>
              {l({ zh: '编辑', en: 'Edit' })}
            </Button>
          )}
        </Flex>
      </Card>
      <Card
        title={l({
          zh: `计算信息（截至${dayText(c.facts.asOf, lang)}）`,
          en: `Computed facts (as of ${dayText(c.facts.asOf, lang)})`,
        })}
      >
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic
              title={l({ zh: '年龄', en: 'Age' })}
              value={c.facts.age}
              suffix={l({ zh: '岁', en: '' })}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={l({ zh: '党龄', en: 'Party standing' })}
              value={years(c.facts.partyStandingYears)}
              suffix={c.facts.partyStandingYears === null ? undefined : l({ zh: '年', en: 'y' })}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={l({ zh: '工作年限', en: 'Years of work' })}
              value={c.facts.workYears}
              suffix={l({ zh: '年', en: 'y' })}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={l({
                zh: `年轻干部（${c.facts.ageLine} 岁以下）`,
                en: `Young (under ${c.facts.ageLine})`,
              })}
              value={c.facts.young ? l({ zh: '是', en: 'Yes' }) : l({ zh: '否', en: 'No' })}
            />
          </Col>
        </Row>
      </Card>
      <Card title={l({ zh: '基本信息', en: 'Record' })}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'id',
              label: l({ zh: '身份证号', en: 'ID number' }),
              children: (
                <RevealNumber cadreId={c.id} what="id" masked={c.idNumberMasked} allowed={c.mayReveal} />
              ),
            },
            {
              key: 'phone',
              label: l({ zh: '手机号', en: 'Phone' }),
              children: (
                <RevealNumber cadreId={c.id} what="phone" masked={c.phoneMasked} allowed={c.mayReveal} />
              ),
            },
            // The birth date goes with the right to reveal the ID number; others see the age.
            c.birthDate
              ? {
                  key: 'birth',
                  label: l({ zh: '出生日期', en: 'Birth date' }),
                  children: <CalendarDay date={c.birthDate} />,
                }
              : {
                  key: 'age',
                  label: l({ zh: '年龄', en: 'Age' }),
                  children: l({
                    zh: `${c.age} 岁（截至${dayText(c.facts.asOf, lang)}）`,
                    en: `${c.age} (as of ${dayText(c.facts.asOf, lang)})`,
                  }),
                },
            {
              key: 'work',
              label: l({ zh: '参加工作时间', en: 'Started work on' }),
              children: <CalendarDay date={c.workStartedOn} />,
            },
            {
              key: 'party',
              label: l({ zh: '政治面貌', en: 'Party status' }),
              children: l(partyStatusLabels[c.partyStatus]),
            },
            {
              key: 'joined',
              label: l({ zh: '入党时间 / 转正时间', en: 'Joined / full member' }),
              children: (
                <>
                  <CalendarDay date={c.partyJoinedOn} /> / <CalendarDay date={c.partyFullOn} />
                </>
              ),
            },
            {
              key: 'rank',
              label: l({ zh: '职级', en: 'Rank' }),
              children: c.rank ? l(rankLabels[c.rank]) : '—',
            },
            {
              key: 'unit',
              label: l({ zh: '派出单位', en: 'Dispatching unit' }),
              children: <Link to={`/units/${c.unitId}`}>{c.unitName}</Link>,
            },
            {
              key: 'strengths',
              label: l({ zh: '擅长', en: 'Strengths' }),
              children: <StrengthTags strengths={c.strengths} />,
            },
            { key: 'marks', label: l({ zh: '其他情况', en: 'Other' }), children: <CadreMarks cadre={c} /> },
            {
              key: 'updated',
              label: l({ zh: '更新时间', en: 'Updated' }),
              children: formatDateTime(c.updatedAt, lang),
            },
          ]}
        />
      </Card>
      <CadreWorkLogs cadreId={c.id} />
      <CadreAssessments cadreId={c.id} />
      <CadreDrawer open={editing} cadre={c} onClose={() => setEditing(false)} />
    </Flex>
  );
}
