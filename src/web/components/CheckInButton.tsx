import { Alert, Button, Card, Flex, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { LocalisedText } from '../../shared/errors';
import { useEffectiveSettings } from '../api/attendance';
import {
  type CheckInView,
  type CreateCheckInBody,
  checkInFlagLabels,
  pendingCheckIn,
  unanswered,
  useAcknowledgeNotice,
  useCheckInNotice,
  useCreateCheckIn,
} from '../api/checkIns';
import { formatDateTime, formatNumber } from '../app/format';
import { useT } from '../app/i18n';
import { todayInShanghai } from './CalendarDay';
import { RuleTag } from './RuleTag';

/** Why the phone gave no position; the check-in is still sent and the server flags it `no_fix`. */
type NoFix = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const noFixText: Record<NoFix, LocalisedText> = {
  denied: {
    zh: '未允许本应用使用位置，本次签到没有位置。',
    en: 'Location was not allowed for this app; this check-in has no position.',
  },
  unavailable: {
    zh: '手机暂时无法定位，本次签到没有位置。',
    en: 'The phone could not find its position; this check-in has no position.',
  },
  timeout: {
    zh: '15 秒内未取得定位，本次签到没有位置。',
    en: 'No position within 15 seconds; this check-in has no position.',
  },
  unsupported: {
    zh: '此浏览器不支持定位，本次签到没有位置。',
    en: 'This browser cannot give a position; this check-in has no position.',
  },
};

/** One position, once, only now (PIPL-28: no watch, no track). */
function takePosition(): Promise<{ lat: number; lng: number; accuracy: number } | { noFix: NoFix }> {
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      resolve({ noFix: 'unsupported' });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy }),
      (e) =>
        resolve({
          noFix: e.code === e.PERMISSION_DENIED ? 'denied' : e.code === e.TIMEOUT ? 'timeout' : 'unavailable',
        }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
    );
  });
}

const newClientId = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : // Older WebViews: a version-4 UUID from getRandomValues.
      '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
        (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16),
      );

/**
 * 签到（可选）: shown to the cadre's own account only where the settings switch check-ins on for the village
 * today (`checkInEnabled`), hidden entirely otherwise. Never required, never counted, never ranked
 * (X23-fingertip, X26-apps art. 6): one tap takes one position, only when the cadre taps, after the purpose
 * notice has been acknowledged once (PIPL-28).
 */
export function CheckInButton({ cadreId, villageCode }: { cadreId: string; villageCode: string }) {
  const today = todayInShanghai();
  const settings = useEffectiveSettings(villageCode, today);
  const enabled = settings.data?.parameters.find((p) => p.key === 'checkInEnabled')?.value === true;
  if (!enabled) return null;
  return <CheckInCard cadreId={cadreId} />;
}

function CheckInCard({ cadreId }: { cadreId: string }) {
  const { l, lang } = useT();
  const notice = useCheckInNotice();
  const acknowledge = useAcknowledgeNotice();
  const create = useCreateCheckIn(cadreId);
  const [pending, setPending] = useState(() => pendingCheckIn(cadreId));
  const [noticeOpen, setNoticeOpen] = useState(false);
  const [locating, setLocating] = useState(false);
  const [noFix, setNoFix] = useState<NoFix | null>(null);
  const [result, setResult] = useState<CheckInView | null>(null);

  const send = (body: CreateCheckInBody) => {
    setResult(null);
    create.mutate(body, {
      onSuccess: (checkIn) => {
        setResult(checkIn);
        setPending(null);
      },
      onError: (e) => setPending(unanswered(e) ? body : null),
    });
  };

  const checkIn = async () => {
    // A check-in the server never answered is sent again as it was, with its clientId: one record, not two.
    const unsent = pendingCheckIn(cadreId);
    if (unsent) {
      send(unsent);
      return;
    }
    setNoFix(null);
    setLocating(true);
    const position = await takePosition();
    setLocating(false);
    if ('noFix' in position) setNoFix(position.noFix);
    send({
      clientId: newClientId(),
      deviceTime: new Date().toISOString(),
      ...('noFix' in position ? { lat: null, lng: null, accuracy: null } : position),
    });
  };

  const tap = () => {
    if (!notice.data) return;
    if (notice.data.acknowledgedAt) void checkIn();
    else setNoticeOpen(true);
  };

  const busy = locating || create.isPending;
  const label = locating
    ? l({ zh: '正在获取位置…', en: 'Finding your position…' })
    : pending
      ? l({ zh: '重新发送未送达的签到', en: 'Send the undelivered check-in again' })
      : l({ zh: '签到', en: 'Check in' });

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {l({ zh: '签到（可选）', en: 'Check-in (optional)' })}
        </Typography.Title>
      }
      styles={{ body: { padding: 12 } }}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {l({
            zh: '签到是可选的佐证：不签到不影响考勤，签到不计入考勤，也不排名。只在您点按时记录这一次的位置。',
            en: 'A check-in is optional evidence: not checking in changes nothing, a check-in is not counted and never ranked. Your position is taken once, only when you tap.',
          })}{' '}
          <RuleTag ruleId="X26-apps" compact /> <RuleTag ruleId="PIPL-28" compact />
        </Typography.Text>
        {notice.isError && <Alert type="error" showIcon role="alert" title={notice.error.message} />}
        <Button
          loading={busy}
          disabled={!notice.data}
          onClick={tap}
          // The name is the label alone: antd's loading icon (aria-label "loading") lingers in the button while
          // its leave animation runs, and a screen reader would read it after the answer came.
          aria-label={label}
          aria-busy={busy}
          style={{ alignSelf: 'start', minHeight: 44 }}
        >
          {label}
        </Button>
        {pending && !create.isPending && (
          <Typography.Text type="warning">
            {l({
              zh: `${formatDateTime(pending.deviceTime, lang)} 的签到尚未送达服务器，已保存在本机；重新发送不会重复记录。`,
              en: `The check-in of ${formatDateTime(pending.deviceTime, lang)} has not reached the server and is kept on this phone; sending it again never records it twice.`,
            })}
          </Typography.Text>
        )}
        {create.isError && <Alert type="error" showIcon role="alert" title={create.error.message} />}
        {result && <CheckInResult checkIn={result} noFix={noFix} />}
      </Flex>
      {noticeOpen && notice.data && (
        <Modal
          open
          title={l({ zh: '签到用途告知', en: 'What a check-in is for' })}
          okText={l({ zh: '我已阅读，同意并签到', en: 'I have read it: agree and check in' })}
          cancelText={l({ zh: '暂不签到', en: 'Not now' })}
          okButtonProps={{ loading: acknowledge.isPending }}
          onCancel={() => setNoticeOpen(false)}
          onOk={() =>
            acknowledge.mutate(notice.data.version, {
              onSuccess: () => {
                setNoticeOpen(false);
                void checkIn();
              },
            })
          }
          destroyOnHidden
        >
          <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{notice.data.text}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {l({
              zh: `告知版本 ${notice.data.version}；签到记录保存 ${notice.data.retentionDays} 天后删除。`,
              en: `Notice version ${notice.data.version}; check-ins are deleted after ${notice.data.retentionDays} days.`,
            })}{' '}
            <RuleTag ruleId="PIPL-28" compact />
          </Typography.Paragraph>
          {acknowledge.isError && (
            <Alert type="error" showIcon role="alert" title={acknowledge.error.message} />
          )}
        </Modal>
      )}
    </Card>
  );
}

/** What was recorded: the server's time, the position's accuracy and distance, and each flag in words. */
function CheckInResult({ checkIn, noFix }: { checkIn: CheckInView; noFix: NoFix | null }) {
  const { l, lang } = useT();
  const m = (n: number) => formatNumber(Math.round(n), lang);
  return (
    <section
      aria-label={l({ zh: '签到结果', en: 'Check-in result' })}
      style={{ padding: 12, borderRadius: 8, background: checkIn.flags.length ? '#fffbe6' : '#f6ffed' }}
    >
      <Flex vertical gap={4}>
        <Typography.Text strong>
          {l({
            zh: `已签到：${formatDateTime(checkIn.serverTime, lang)}（服务器时间）`,
            en: `Checked in: ${formatDateTime(checkIn.serverTime, lang)} (server time)`,
          })}
        </Typography.Text>
        <Typography.Text>{checkIn.villageName}</Typography.Text>
        {checkIn.lat !== null && checkIn.accuracy !== null && (
          <Typography.Text>
            {l({ zh: `定位精度约 ${m(checkIn.accuracy)} 米`, en: `Accuracy about ${m(checkIn.accuracy)} m` })}
            {checkIn.distanceMetres !== null &&
              l({
                zh: `，距村约 ${m(checkIn.distanceMetres)} 米（范围 ${m(checkIn.radiusMetres)} 米）`,
                en: `, about ${m(checkIn.distanceMetres)} m from the village (radius ${m(checkIn.radiusMetres)} m)`,
              })}
          </Typography.Text>
        )}
        {noFix && <Typography.Text type="secondary">{l(noFixText[noFix])}</Typography.Text>}
        <Flex wrap gap={4} align="center">
          {checkIn.flags.length === 0 ? (
            <Tag color="green">{l({ zh: '未发现异常', en: 'Nothing unusual' })}</Tag>
          ) : (
            <>
              <Typography.Text type="secondary">{l({ zh: '提示：', en: 'Notes:' })}</Typography.Text>
              {checkIn.flags.map((f) => (
                <Tag key={f} color="orange">
                  {l(checkInFlagLabels[f])}
                </Tag>
              ))}
            </>
          )}
        </Flex>
        <Typography.Text type="secondary">
          {l({
            zh: '签到仅作佐证，不计入考勤，也不排名。',
            en: 'A check-in is only evidence: not counted in attendance and never ranked.',
          })}
        </Typography.Text>
      </Flex>
    </section>
  );
}
