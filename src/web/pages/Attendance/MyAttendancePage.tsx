import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, List, Modal, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  type LeaveRequestView,
  type LedgerDay,
  monthOf,
  ownCadre,
  shiftMonth,
  useLeaveRequests,
  useLeaveStep,
  useLedger,
  useRestDayStay,
} from '../../api/attendance';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { CheckInButton } from '../../components/CheckInButton';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { AlertsCard } from './AlertsCard';
import { ExplainAbsenceModal } from './ExplainAbsenceModal';
import { LeaveRequestModal } from './LeaveRequestModal';
import {
  dayStatusColors,
  dayStatusLabels,
  leaveKindLabels,
  leaveStatusColors,
  leaveStatusLabels,
  sourceRecordId,
  sourceText,
} from './labels';
import { MonthCalendar } from './MonthCalendar';
import { TripModal } from './TripModal';

const monthText = (month: string, lang: 'zh' | 'en') => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return lang === 'zh'
    ? `${y}年${m}月`
    : new Date(Date.UTC(y, m - 1, 15)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
};

/**
 * 我的考勤: the stationed cadre's own month (P17.4.2-attend / P21.5-attend). Attendance is by exception
 * (X23-fingertip): working days are presumed in the village; only leave, trips, training and a verified
 * absence change a day. No ranking, no comparison with anyone else.
 */
export default function MyAttendancePage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const own = ownCadre(session);
  // An office opening a cadre's month (from the leave list) names the cadre in the address.
  const cadreId = params.get('cadreId') ?? own.cadreId;
  const acting = Boolean(own.cadreId && cadreId === own.cadreId && own.assignment);
  const today = todayInShanghai();
  const month = params.get('month') ?? monthOf(today);
  const setMonth = (m: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('month', m);
        return next;
      },
      { replace: true },
    );
  const ledger = useLedger(cadreId, month);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    setSelected(monthOf(today) === month ? today : null);
  }, [month, today]);
  const [asking, setAsking] = useState(false);
  const [reporting, setReporting] = useState(false);

  if (!cadreId) {
    return (
      <Card title={<CardHeading>{l({ zh: '我的考勤', en: 'My attendance' })}</CardHeading>}>
        <Empty
          description={l({
            zh: '本账号未关联驻村干部，无个人考勤。查看干部考勤请使用“考勤汇总表”。',
            en: 'This account is not linked to a stationed cadre. Use the attendance sheet to see cadres’ attendance.',
          })}
        />
      </Card>
    );
  }

  const day = ledger.data?.days.find((d) => d.date === selected) ?? null;
  const summary = ledger.data?.summary;

  return (
    <Flex vertical gap={16}>
      {acting && <AlertsCard />}
      <Card
        title={<CardHeading>{l({ zh: '我的考勤', en: 'My attendance' })}</CardHeading>}
        extra={acting && own.assignment?.villageName}
        styles={{ body: { padding: 12 } }}
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {l({
            zh: '考勤按例外记录：工作日推定在村，只有请假、出差培训和核查发现的缺勤会改变某一天；无需打卡。',
            en: 'Attendance is by exception: working days are presumed in the village; only leave, trips, training and a verified absence change a day. No punch-in.',
          })}{' '}
          <RuleTag ruleId="X23-fingertip" compact />
        </Typography.Paragraph>
        {acting && (
          <Flex wrap gap={8} style={{ marginBottom: 12 }}>
            <Button type="primary" onClick={() => setAsking(true)}>
              {l({ zh: '请假', en: 'Ask for leave' })}
            </Button>
            <Button onClick={() => setReporting(true)}>
              {l({ zh: '报备出差/培训', en: 'Report a trip or training' })}
            </Button>
          </Flex>
        )}
        <Flex align="center" justify="space-between" style={{ marginBottom: 8 }}>
          <Button
            icon={<LeftOutlined />}
            aria-label={l({ zh: '上个月', en: 'Previous month' })}
            onClick={() => setMonth(shiftMonth(month, -1))}
          />
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {monthText(month, lang)}
          </Typography.Title>
          <Button
            icon={<RightOutlined />}
            aria-label={l({ zh: '下个月', en: 'Next month' })}
            onClick={() => setMonth(shiftMonth(month, 1))}
          />
        </Flex>
        {ledger.isError && <Alert type="error" showIcon role="alert" title={ledger.error.message} />}
        {summary?.unknownCalendarYear && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={l({
              zh: '该年度的法定节假日安排尚未载入工作日历，本月数字为暂定。',
              en: 'The work calendar does not know this year’s holidays yet: this month’s figures are provisional.',
            })}
          />
        )}
        {ledger.data && (
          <MonthCalendar days={ledger.data.days} selected={selected} onSelect={setSelected} today={today} />
        )}
        {day && <DayDetail day={day} today={today} assignmentId={acting ? own.assignment!.id : null} />}
      </Card>

      {/* Optional evidence check-in, only where switched on (issue 10 item 8; X26-apps art. 6). */}
      {acting && own.cadreId && own.assignment && (
        <CheckInButton cadreId={own.cadreId} villageCode={own.assignment.villageCode} />
      )}

      {summary && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {l({ zh: '本月小结', en: 'This month' })}
            </Typography.Title>
          }
          styles={{ body: { padding: 12 } }}
        >
          <Flex wrap gap={16}>
            <Statistic title={l({ zh: '工作日', en: 'Working days' })} value={summary.workingDays} />
            <Statistic
              title={l({ zh: '在村天数', en: 'Days in the village' })}
              value={summary.daysInVillage}
            />
            <Statistic title={l({ zh: '请假', en: 'Leave' })} value={summary.leaveDays} />
            <Statistic title={l({ zh: '出差培训', en: 'Trips & training' })} value={summary.tripDays} />
            <Statistic title={l({ zh: '缺勤', en: 'Absences' })} value={summary.absentDays} />
          </Flex>
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            {summary.minimumDays === null ? (
              l({
                zh: '本省按年度计算在村天数，月度不单独判断。',
                en: 'The province counts days in the village per year; no monthly judgement.',
              })
            ) : (
              <>
                {l({
                  zh: `每月在村不少于 ${summary.minimumDays} 天：`,
                  en: `At least ${summary.minimumDays} days a month in the village: `,
                })}
                <Tag color={summary.meetsMinimum ? 'green' : 'orange'}>
                  {summary.meetsMinimum ? l({ zh: '已达到', en: 'met' }) : l({ zh: '未达到', en: 'not met' })}
                </Tag>
                <RuleTag ruleId="P17.4.2-attend" compact />
              </>
            )}
          </Typography.Paragraph>
        </Card>
      )}

      <MyLeave cadreId={cadreId} acting={acting} />

      {asking && own.assignment && (
        <LeaveRequestModal assignment={own.assignment} cadreId={cadreId} onClose={() => setAsking(false)} />
      )}
      {reporting && own.assignment && (
        <TripModal assignmentId={own.assignment.id} onClose={() => setReporting(false)} />
      )}
    </Flex>
  );
}

/** What a tapped day is and where that came from; a rest day offers "I stayed"; an absence offers an explanation. */
function DayDetail({
  day,
  today,
  assignmentId,
}: {
  day: LedgerDay;
  today: string;
  assignmentId: string | null;
}) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const stay = useRestDayStay();
  const [explaining, setExplaining] = useState<string | null>(null);
  const recordId = sourceRecordId(day.source);
  const canStay = assignmentId && day.status === 'rest' && day.date <= today;
  const canExplain =
    assignmentId && day.status === 'absent' && day.source.startsWith('verification:') && recordId;
  return (
    <section
      aria-label={l({ zh: '当日考勤', en: 'The day' })}
      style={{
        marginTop: 12,
        padding: 12,
        borderRadius: 8,
        background: dayStatusColors[day.status].bg,
      }}
    >
      <Flex vertical gap={6}>
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{dayText(day.date, lang)}</Typography.Text>
          <Tag color={dayStatusColors[day.status].tag}>{l(dayStatusLabels[day.status])}</Tag>
          <Typography.Text type="secondary">
            {l({
              zh: day.dayKind === 'working' ? '工作日' : day.dayKind === 'holiday' ? '法定节假日' : '休息日',
              en:
                day.dayKind === 'working'
                  ? 'Working day'
                  : day.dayKind === 'holiday'
                    ? 'Holiday'
                    : 'Rest day',
            })}
          </Typography.Text>
        </Flex>
        <Typography.Text>
          {l({ zh: '依据：', en: 'Source: ' })}
          {l(sourceText(day.source, day.status))}
        </Typography.Text>
        {canStay && (
          <Button
            type="primary"
            ghost
            loading={stay.isPending}
            style={{ alignSelf: 'start', minHeight: 44 }}
            onClick={() =>
              stay.mutate(
                { assignmentId, on: day.date },
                {
                  onSuccess: () =>
                    message.success(l({ zh: '已登记休息日在村', en: 'Recorded: stayed in the village' })),
                  onError: (e) => message.error(e.message),
                },
              )
            }
          >
            {l({ zh: '休息日在村', en: 'I stayed in the village' })}
          </Button>
        )}
        {canExplain && (
          <Button
            danger
            style={{ alignSelf: 'start', minHeight: 44 }}
            onClick={() => setExplaining(recordId)}
          >
            {l({ zh: '提交缺勤说明', en: 'Explain the absence' })}
          </Button>
        )}
      </Flex>
      {explaining && (
        <ExplainAbsenceModal verificationId={explaining} on={day.date} onClose={() => setExplaining(null)} />
      )}
    </section>
  );
}

/** The cadre's own leave: open requests first, with the return report (销假) and cancel where allowed. */
function MyLeave({ cadreId, acting }: { cadreId: string; acting: boolean }) {
  const { l, lang } = useT();
  const leave = useLeaveRequests({ cadreId, page: 1, pageSize: 20 });
  const [returning, setReturning] = useState<LeaveRequestView | null>(null);
  const step = useLeaveStep();
  const { message, modal } = App.useApp();
  const items = leave.data?.items ?? [];
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {l({ zh: '我的请销假', en: 'My leave' })}
        </Typography.Title>
      }
      styles={{ body: { padding: 12 } }}
    >
      {leave.isError && <Alert type="error" showIcon role="alert" title={leave.error.message} />}
      <List
        dataSource={items}
        locale={{ emptyText: l({ zh: '没有请假记录', en: 'No leave' }) }}
        renderItem={(r) => (
          <List.Item
            aria-label={l({
              zh: `${l(leaveKindLabels[r.kind])} ${dayText(r.startOn, lang)}至${dayText(r.endOn, lang)}`,
              en: `${l(leaveKindLabels[r.kind])} ${dayText(r.startOn, lang)} to ${dayText(r.endOn, lang)}`,
            })}
            style={r.overdue ? { background: '#fff1f0', paddingInline: 8 } : undefined}
            actions={
              acting
                ? [
                    r.allowedSteps.includes('return') && (
                      <Button key="return" type="primary" size="small" onClick={() => setReturning(r)}>
                        {l({ zh: '销假', en: 'Report return' })}
                      </Button>
                    ),
                    r.allowedSteps.includes('cancel') && (
                      <Button
                        key="cancel"
                        size="small"
                        onClick={() =>
                          modal.confirm({
                            title: l({ zh: '撤销这次请假？', en: 'Cancel this leave request?' }),
                            okText: l({ zh: '撤销', en: 'Cancel it' }),
                            cancelText: l({ zh: '不撤销', en: 'Keep it' }),
                            onOk: () =>
                              step.mutateAsync({ id: r.id, step: 'cancel' }).then(
                                () => message.success(l({ zh: '已撤销', en: 'Cancelled' })),
                                (e: Error) => message.error(e.message),
                              ),
                          })
                        }
                      >
                        {l({ zh: '撤销', en: 'Cancel' })}
                      </Button>
                    ),
                  ].filter(Boolean)
                : []
            }
          >
            <Flex vertical gap={2}>
              <Space wrap size={6}>
                <Typography.Text strong>{l(leaveKindLabels[r.kind])}</Typography.Text>
                <Tag color={leaveStatusColors[r.status]}>{l(leaveStatusLabels[r.status])}</Tag>
                {r.overdue && <Tag color="red">{l({ zh: '逾期未销假', en: 'Return overdue' })}</Tag>}
              </Space>
              <Typography.Text>
                {dayText(r.startOn, lang)} – {dayText(r.endOn, lang)}
                {l({ zh: `，${r.workingDays} 个工作日`, en: `, ${r.workingDays} working days` })}
              </Typography.Text>
              {r.returnedOn && (
                <Typography.Text type="secondary">
                  {l({
                    zh: `${dayText(r.returnedOn, lang)}销假`,
                    en: `Returned ${dayText(r.returnedOn, lang)}`,
                  })}
                </Typography.Text>
              )}
              {r.status === 'rejected' && r.decisionNote && (
                <Typography.Text type="danger">
                  {l({ zh: '未批准理由：', en: 'Reason: ' })}
                  {r.decisionNote}
                </Typography.Text>
              )}
              {r.overdue && (
                <Typography.Text type="danger">
                  {l({
                    zh: `已过请假结束日期仍未销假，${r.overdueWorkingDays} 个工作日计为缺勤，请尽快销假。`,
                    en: `The leave has ended without a return report: ${r.overdueWorkingDays} working days count as absent. Report your return.`,
                  })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {returning && <ReturnModal leave={returning} onClose={() => setReturning(null)} />}
    </Card>
  );
}

/** 销假: the actual date of return; an early return frees the unused days (P17.4.2-leave). */
function ReturnModal({ leave, onClose }: { leave: LeaveRequestView; onClose: () => void }) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const step = useLeaveStep();
  const today = todayInShanghai();
  const [returnedOn, setReturnedOn] = useState<string | null>(today);
  return (
    <Modal
      open
      title={l({ zh: '销假', en: 'Report the return' })}
      okText={l({ zh: '确认销假', en: 'Report return' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ loading: step.isPending, disabled: !returnedOn }}
      onCancel={onClose}
      onOk={() =>
        returnedOn &&
        step.mutate(
          { id: leave.id, step: 'return', body: { returnedOn } },
          {
            onSuccess: () => {
              message.success(l({ zh: '已销假', en: 'Return reported' }));
              onClose();
            },
          },
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph>
        {l({
          zh: `请假 ${dayText(leave.startOn, lang)}至${dayText(leave.endOn, lang)}。请填写实际返岗日期：提前返岗的，未用的天数不计请假。`,
          en: `Leave from ${dayText(leave.startOn, lang)} to ${dayText(leave.endOn, lang)}. Give the day you were back: an early return frees the unused days.`,
        })}{' '}
        <RuleTag ruleId="P17.4.2-leave" compact />
      </Typography.Paragraph>
      <Flex vertical gap={4}>
        <label htmlFor="returned-on">{l({ zh: '实际返岗日期', en: 'Back on' })}</label>
        <IsoDatePicker id="returned-on" value={returnedOn} onChange={setReturnedOn} allowClear={false} />
      </Flex>
      {step.isError && (
        <Alert type="error" showIcon role="alert" title={step.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
