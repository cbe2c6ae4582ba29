import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Select, Spin, Statistic, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { NATIONAL } from '../../../shared/dictionaries';
import { can } from '../../../shared/permissions';
import { useCalendarYear } from '../../api/calendar';
import { useRegionsByCode } from '../../api/regions';
import { useSession } from '../../app/auth';
import { formatDateTime, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { LocalDaysCard } from './LocalDaysCard';
import { NoticeLoader } from './NoticeLoader';
import { CalendarLegend, holidayRuns, YearCalendar } from './YearCalendar';

const MIN_YEAR = 2004;

/**
 * 工作日历: a year's working days, weekends, public holidays and adjusted working days (调休) for a region, from
 * the `chinese-days` package or a State Council notice loaded for a year the package does not know, with the
 * local days of the region's province, city and county (issue 10 item 2). A year nobody listed is said so
 * plainly: its days are only weekdays and weekends, and every figure of that year is provisional.
 */
export default function WorkCalendarPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const national = session.scope.regions.includes(NATIONAL);
  // A national reader starts from the national calendar; others from their region with its local days.
  const region = params.has('region') ? params.get('region') || undefined : defaultRegion(session);
  const set = (name: 'region' | 'year', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set(name, value ?? '');
        return next;
      },
      { replace: true },
    );
  const calendar = useCalendarYear(year, region);
  const regionNames = useRegionsByCode(region ? [region] : []);
  const regionName = region ? (regionNames.get(region)?.name ?? region) : undefined;
  const data = calendar.data?.year === year ? calendar.data : undefined;
  const loadsNotices = can(session, 'calendar.write') && national;
  const years = Array.from(
    new Set([...Array.from({ length: thisYear + 3 - MIN_YEAR }, (_, i) => MIN_YEAR + i), year]),
  ).sort((a, b) => b - a);

  const days = data?.days ?? [];
  const runs = holidayRuns(days);
  const adjusted = days.filter((d) => d.adjusted);
  const localCount = days.filter((d) => d.local).length;

  return (
    <Card title={<CardHeading>{l({ zh: '工作日历', en: 'Work calendar' })}</CardHeading>}>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {l({
          zh: '请假天数、每月工作日和驻村天数都按此日历计算：周一至周五上班，周六、周日休息，法定节假日和调休按国务院办公厅每年的通知，省、市、县可另设地方假日。',
          en: 'Leave lengths, working days and days in the village are counted on this calendar: Monday to Friday working, weekends off, public holidays and adjusted working days as the State Council’s yearly notice says, and local days a province, city or county adds.',
        })}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Flex align="center" gap={4}>
          <Button
            icon={<LeftOutlined />}
            aria-label={l({ zh: '上一年', en: 'Previous year' })}
            disabled={year <= 2000}
            onClick={() => set('year', String(year - 1))}
          />
          <Select<number>
            aria-label={l({ zh: '年份', en: 'Year' })}
            value={year}
            onChange={(y) => set('year', String(y))}
            options={years.map((y) => ({ value: y, label: lang === 'zh' ? `${y}年` : String(y) }))}
            style={{ width: 110 }}
          />
          <Button
            icon={<RightOutlined />}
            aria-label={l({ zh: '下一年', en: 'Next year' })}
            disabled={year >= 2100}
            onClick={() => set('year', String(year + 1))}
          />
        </Flex>
        <ScopedRegionSelect
          aria-label={l({ zh: '区域', en: 'Region' })}
          session={session}
          value={region}
          onChange={(code) => set('region', code)}
          allowClear={national}
          placeholder={l({ zh: '全国（不含地方假日）', en: 'National (no local days)' })}
        />
      </Flex>
      {calendar.isError && <Alert type="error" showIcon role="alert" title={calendar.error.message} />}
      {!data && calendar.isPending && <Spin />}
      {data && !data.known && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={l({
            zh: `${year}年的法定节假日和调休安排尚未载入，本年日历只是暂定`,
            en: `The public holidays and adjusted working days of ${year} are not loaded yet: this year’s calendar is provisional`,
          })}
          description={
            <>
              {l({
                zh: `所用节假日数据包（chinese-days ${data.packageVersion}）尚未收录${year}年，也没有导入国务院办公厅的${year}年节假日安排通知。下列日期只按周一至周五上班、周六日休息排列，元旦、春节等法定节假日和调休都未计入；涉及${year}年的工作日天数、请假天数和考勤统计均为暂定，以后可能变化。`,
                en: `The holiday package (chinese-days ${data.packageVersion}) does not list ${year} and no State Council notice for ${year} has been loaded. The days below are only weekdays and weekends — New Year, Spring Festival and the other public holidays and adjusted working days are missing — so working days, leave lengths and attendance figures of ${year} are provisional and may change.`,
              })}{' '}
              {loadsNotices
                ? l({
                    zh: '通知发布后，请在下方导入。',
                    en: 'Once the notice is published, load it below.',
                  })
                : l({
                    zh: '通知发布后，由全国系统管理员导入。',
                    en: 'Once the notice is published, the national administrator loads it.',
                  })}
            </>
          }
        />
      )}
      {data?.known && (
        <Typography.Paragraph type="secondary">
          {data.source === 'notice' && data.notice
            ? l({
                zh: `${year}年节假日：按导入的通知《${data.notice.title}》（${data.notice.loadedByName}，${formatDateTime(data.notice.loadedAt, 'zh')}）。`,
                en: `${year} holidays: from the loaded notice “${data.notice.title}” (${data.notice.loadedByName}, ${formatDateTime(data.notice.loadedAt, 'en')}).`,
              })
            : l({
                zh: `${year}年节假日：按节假日数据包 chinese-days ${data.packageVersion}（国务院办公厅节假日安排通知）。`,
                en: `${year} holidays: from the package chinese-days ${data.packageVersion} (the State Council notices).`,
              })}
        </Typography.Paragraph>
      )}
      {data && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
            {l({
              zh: `${year}年工作日历 · ${regionName ?? '全国'}`,
              en: `${year} work calendar · ${regionName ?? 'National'}`,
            })}
          </Typography.Title>
          <Flex wrap gap={32} style={{ marginBottom: 12 }}>
            <Statistic
              title={l({ zh: '全年工作日', en: 'Working days' })}
              value={formatNumber(data.workingDays, lang)}
              suffix={data.known ? undefined : l({ zh: '（暂定）', en: '(provisional)' })}
            />
            <Statistic
              title={l({ zh: '法定节假日', en: 'Public holidays' })}
              value={runs.reduce((n, r) => n + r.days, 0)}
            />
            <Statistic title={l({ zh: '调休上班', en: 'Adjusted working days' })} value={adjusted.length} />
            {region && <Statistic title={l({ zh: '地方设置', en: 'Local days' })} value={localCount} />}
          </Flex>
          <CalendarLegend withLocal={Boolean(region)} />
          <Row gutter={24} style={{ marginTop: 12 }}>
            <Col xs={24} xl={18}>
              <YearCalendar year={year} days={days} />
            </Col>
            <Col xs={24} xl={6}>
              <section aria-label={l({ zh: '放假和调休安排', en: 'Holidays and adjusted days' })}>
                <Typography.Title level={3} style={{ fontSize: 14 }}>
                  {l({ zh: '放假安排', en: 'Holidays' })}
                </Typography.Title>
                {runs.length === 0 ? (
                  <Typography.Text type="secondary">
                    {l({ zh: '（未载入）', en: '(not loaded)' })}
                  </Typography.Text>
                ) : (
                  <ul style={{ paddingInlineStart: 18, marginTop: 0 }}>
                    {runs.map((r) => (
                      <li key={r.from}>
                        {r.name || l({ zh: '放假', en: 'Holiday' })}：{dayText(r.from, lang)}
                        {r.to !== r.from && ` – ${dayText(r.to, lang)}`}
                        {l({ zh: `，共 ${r.days} 天`, en: `, ${r.days} day${r.days === 1 ? '' : 's'}` })}
                      </li>
                    ))}
                  </ul>
                )}
                <Typography.Title level={3} style={{ fontSize: 14 }}>
                  {l({ zh: '调休上班', en: 'Adjusted working days' })}
                </Typography.Title>
                {adjusted.length === 0 ? (
                  <Typography.Text type="secondary">{l({ zh: '（无）', en: '(none)' })}</Typography.Text>
                ) : (
                  <ul style={{ paddingInlineStart: 18, marginTop: 0 }}>
                    {adjusted.map((d) => (
                      <li key={d.date}>
                        {dayText(d.date, lang)}
                        {d.name && `（${d.name}）`}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </Col>
          </Row>
        </>
      )}
      {region && regionName && <LocalDaysCard region={{ code: region, name: regionName }} year={year} />}
      {loadsNotices && <NoticeLoader year={year} />}
    </Card>
  );
}
