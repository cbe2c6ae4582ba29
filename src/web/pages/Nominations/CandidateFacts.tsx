import { Alert, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import {
  genderLabels,
  partyStatusLabels,
  rankLabels,
  type Strength,
  strengthLabels,
} from '../../../shared/dictionaries';
import { useCadre } from '../../api/nominations';
import { enCount, formatDate } from '../../app/format';
import { useT } from '../../app/i18n';

const yes = { zh: '是', en: 'Yes' };
const no = { zh: '否', en: 'No' };

/** A candidate's eligibility facts on the nomination date: party standing, years of work, strengths. */
export function CandidateFacts({
  cadreId,
  date,
  columns = 2,
}: {
  cadreId: string;
  date?: string;
  columns?: 1 | 2;
}) {
  const { l, lang } = useT();
  const cadre = useCadre(cadreId, date);
  if (cadre.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (cadre.isError) return <Alert type="warning" showIcon title={cadre.error.message} />;
  const c = cadre.data;
  const day = (iso: string | null) => (iso ? formatDate(`${iso}T12:00:00+08:00`, lang) : '—');
  const years = (n: number | null) => (n === null ? '—' : l({ zh: `${n} 年`, en: `${enCount(n, 'year')}` }));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: columns }}
      items={[
        {
          key: 'name',
          label: l({ zh: '姓名', en: 'Name' }),
          children: (
            <span>
              {c.name}
              {l({
                zh: `（${genderLabels[c.gender].zh}，${c.facts.age} 岁）`,
                en: ` (${genderLabels[c.gender].en}, age ${c.facts.age})`,
              })}
            </span>
          ),
        },
        { key: 'unit', label: l({ zh: '派出单位', en: 'Unit' }), children: c.unitName },
        {
          key: 'party',
          label: l({ zh: '政治面貌', en: 'Party status' }),
          children: (
            <Tag
              color={
                c.partyStatus === 'full' ? 'red' : c.partyStatus === 'probationary' ? 'orange' : 'default'
              }
            >
              {l(partyStatusLabels[c.partyStatus])}
            </Tag>
          ),
        },
        {
          key: 'standing',
          label: l({ zh: '党龄（自转正）', en: 'Party standing (since full)' }),
          children: (
            <span>
              {years(c.facts.partyStandingYears)}
              {c.partyFullOn && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {l({ zh: '转正于', en: 'full since' })} {day(c.partyFullOn)}
                </Typography.Text>
              )}
            </span>
          ),
        },
        {
          key: 'work',
          label: l({ zh: '工作年限', en: 'Years of work' }),
          children: (
            <span>
              {years(c.facts.workYears)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                {l({ zh: '参加工作', en: 'since' })} {day(c.workStartedOn)}
              </Typography.Text>
            </span>
          ),
        },
        {
          key: 'rank',
          label: l({ zh: '职级', en: 'Rank' }),
          children: (
            <Flex gap={4} wrap>
              {c.rank ? l(rankLabels[c.rank]) : '—'}
              {c.reserveCadre && <Tag color="gold">{l({ zh: '后备干部', en: 'Reserve cadre' })}</Tag>}
              {(c.young || c.facts.young) && (
                <Tag color="green">{l({ zh: '年轻干部', en: 'Young cadre' })}</Tag>
              )}
              {c.steppedDownForAge && (
                <Tag>{l({ zh: '因年龄退出领导岗位', en: 'Stepped down for age' })}</Tag>
              )}
            </Flex>
          ),
        },
        {
          key: 'rural',
          label: l({ zh: '农村工作经验 · 涉农专长', en: 'Rural experience · agri expertise' }),
          children: `${l(c.ruralExperience ? yes : no)} · ${l(c.agriExpertise ? yes : no)}`,
        },
        {
          key: 'strengths',
          label: l({ zh: '擅长', en: 'Strengths' }),
          children:
            c.strengths.length > 0
              ? c.strengths.map((s: Strength) => l(strengthLabels[s])).join(lang === 'zh' ? '、' : ', ')
              : l({ zh: '未填写', en: 'Not given' }),
        },
      ]}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l({ zh: '按日期计算：', en: 'Computed on ' })}
          {day(c.facts.asOf)}
        </Typography.Text>
      }
    />
  );
}
