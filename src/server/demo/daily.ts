import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { lastFullQuarterBefore, quarterOf } from '../../domain/daily';
import { addDays, type IsoDate, isBefore, todayInShanghai } from '../../domain/time';
import type { Container } from '../container';
import type { Actor } from '../context';
import { assignments, handoverLists, leaderMeetings, regions } from '../db/schema';
import { DEMO_COUNTY } from './data';

// Daily management in 开阳县 (issue 12 item 7): a year of quarterly team-leader meetings with the last full
// quarter missing (the county shows as overdue), talks by the township and the leading group (some cadres
// due), a discipline record with the cadre's statement, one rotation with its three lists confirmed (双永村,
// demo_cadre's own village: the lists of the previous first secretary) and one whose lists wait for the
// successor and the township. Through the services where the rules apply today; the past rotation's lists are
// written directly (the demo seed writes outside the request path, docs/architecture.md "Ownership").

const DEMO_VILLAGE = '520121101200';
const DEMO_TOWNSHIP = '520121101';

export async function seedDailyDemo(container: Container): Promise<Record<string, number>> {
  const db = container.database.db;
  const { services, repositories: repo } = container;
  const today = todayInShanghai(container.clock.now());
  const [done] = await db
    .select({ id: leaderMeetings.id })
    .from(leaderMeetings)
    .where(eq(leaderMeetings.countyCode, DEMO_COUNTY))
    .limit(1);
  if (done) return {};

  const user = async (username: string) => repo.users.findByUsername(db, username);
  const actor = async (username: string, role: Actor['roles'][number], region: string): Promise<Actor> => {
    const u = await user(username);
    return {
      userId: u?.id ?? null,
      username: u?.username ?? username,
      roles: [role],
      scope: { national: false, regions: [region], units: [] },
      requestId: null,
      ip: null,
    };
  };
  const leading = await actor('demo_leading', 'leading_group', DEMO_COUNTY);
  const org = await actor('demo_org', 'org_admin', DEMO_COUNTY);
  const township = await actor('demo_township', 'township', DEMO_TOWNSHIP);

  const onPost = (on: string, region = DEMO_COUNTY) =>
    db
      .select({
        id: assignments.id,
        cadreId: assignments.cadreId,
        villageCode: assignments.villageCode,
        teamRole: assignments.teamRole,
      })
      .from(assignments)
      .where(
        and(
          gte(assignments.villageCode, region),
          lte(assignments.villageCode, `${region}999999999999`.slice(0, 12)),
          lte(assignments.startOn, on),
          or(isNull(assignments.endOn), gte(assignments.endOn, on)),
        ),
      )
      .orderBy(assignments.villageCode, assignments.startOn);
  const counts = { meetings: 0, talks: 0, discipline: 0, handovers: 0 };

  // ── Meetings (P17.4.2-meeting): the three quarters before the last full one held; the last full one not. ──
  const missing = lastFullQuarterBefore(today);
  let q = quarterOf(addDays(missing.from, -1));
  const held: IsoDate[] = [];
  for (let i = 0; i < 3; i++) {
    held.unshift(addDays(q.to, -12 - i * 3));
    q = quarterOf(addDays(q.from, -1));
  }
  const topics = [
    '通报本季度驻村考勤和请销假情况，部署防返贫动态监测排查。',
    '交流各队产业项目进展，研究解决村集体经济合作社销售难题。',
    '学习中央关于持续选派驻村第一书记和工作队的意见，部署半年工作总结。',
  ];
  for (const [i, heldOn] of held.entries()) {
    const present = (await onPost(heldOn)).filter((a) => a.teamRole === 'first_secretary').slice(0, 12);
    if (!present.length) continue;
    await services.leaderMeetings.create(leading, {
      countyCode: DEMO_COUNTY,
      heldOn,
      place: '开阳县委组织部三楼会议室',
      attendeeCadreIds: present.map((a) => a.cadreId),
      minutes: topics[i % topics.length]!,
      decisions: [
        {
          text: '各工作队在月底前更新村细化任务清单进度',
          owner: '各驻村第一书记',
          dueOn: addDays(heldOn, 14),
        },
        { text: '县驻村办汇总各队困难问题，提交领导小组研究', owner: '县驻村办' },
      ],
    });
    counts.meetings++;
  }
  await services.leaderMeetings.schedule(leading, {
    countyCode: DEMO_COUNTY,
    plannedOn: addDays(today, 10),
    place: '开阳县委党校报告厅',
  });
  counts.meetings++;

  // ── Talks (P21.6-talk): the township with half its cadres, the leading group with a few; the rest are due. ──
  const townshipCadres = (await onPost(addDays(today, -1), DEMO_TOWNSHIP)).filter(
    (a, i, all) => all.findIndex((b) => b.cadreId === a.cadreId) === i,
  );
  const talkTopics = [
    ['思想状况', '工作生活困难'],
    ['驻村工作进展', '家庭情况'],
    ['请销假和在岗情况', '廉洁自律'],
  ];
  for (const [i, a] of townshipCadres.entries()) {
    if (i % 2 === 1) continue;
    await services.talks.create(township, {
      cadreId: a.cadreId,
      heldOn: addDays(today, -(10 + i * 7)),
      topics: talkTopics[i % talkTopics.length]!,
      notes: '本人思想稳定，反映孩子上学接送有困难，已协调派出单位关心解决。',
    });
    counts.talks++;
  }
  for (const a of (await onPost(addDays(today, -1))).slice(0, 3)) {
    await services.talks.create(leading, {
      cadreId: a.cadreId,
      heldOn: addDays(today, -40),
      topics: '年度考核前谈心谈话',
    });
    counts.talks++;
  }

  // ── A discipline record (P21.5-discipline) with the cadre's statement. ──
  const demoCadre = await user('demo_cadre');
  const subject = (await onPost(addDays(today, -20))).find(
    (a) => a.teamRole !== 'first_secretary' && a.cadreId !== demoCadre?.cadreId,
  );
  if (subject) {
    const record = await services.discipline.create(leading, {
      cadreId: subject.cadreId,
      on: addDays(today, -20),
      finding: '未履行请假手续离村两天，经乡镇核查属实',
      ruleId: 'P21.5-leave',
      decision: 'reminder',
    });
    await services.discipline.statement(
      {
        userId: null,
        username: '驻村干部本人',
        roles: ['cadre'],
        scope: { national: false, regions: [], units: [], cadreId: subject.cadreId },
        cadreId: subject.cadreId,
        requestId: null,
        ip: null,
      },
      record.id,
      { statement: '因家中老人突发疾病离村，未及时补办手续。已认识到问题，今后严格执行请销假制度。' },
    );
    counts.discipline++;
  }

  // ── Handover lists (P21.5-rotate). ──
  // A past rotation with confirmed lists: the last rotated first secretary of 双永村 (else of the county).
  const rotated = await db
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.countyCode, DEMO_COUNTY),
        eq(assignments.endReason, 'rotated'),
        eq(assignments.teamRole, 'first_secretary'),
      ),
    )
    .orderBy(desc(eq(assignments.villageCode, DEMO_VILLAGE)), desc(assignments.endOn))
    .limit(1);
  const past = rotated[0];
  if (past?.endOn) {
    const next = (
      await db
        .select()
        .from(assignments)
        .where(
          and(eq(assignments.villageCode, past.villageCode), eq(assignments.teamRole, 'first_secretary')),
        )
        .orderBy(assignments.startOn)
    ).find((a) => isBefore(past.startOn as IsoDate, a.startOn as IsoDate));
    if (next) {
      const [village] = await db
        .select({ name: regions.name })
        .from(regions)
        .where(eq(regions.code, past.villageCode));
      const at = (d: string, h: number) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00+08:00`);
      const preparedOn = addDays(past.endOn as IsoDate, -6);
      await db.insert(handoverLists).values({
        assignmentId: past.id,
        cadreId: past.cadreId,
        unitId: past.unitId,
        provinceCode: past.provinceCode,
        countyCode: past.countyCode,
        villageCode: past.villageCode,
        successorAssignmentId: next.id,
        villageSituation: `${village?.name ?? past.villageCode}：户籍人口约1100人，脱贫户78户、监测户4户；村“两委”成员7人，党员36名。主导产业为茶叶和食用菌，村集体经济年收入约18万元。`,
        workInProgress:
          '1. 食用菌大棚二期（6个）已完成招标，待开工；\n2. 通组路硬化2.3公里，已完工待验收；\n3. 两户防返贫监测户帮扶措施落实中；\n4. 村规民约修订已征求意见，待村民代表会议表决。',
        assetsAndFiles:
          '驻村工作队办公室钥匙2把；笔记本电脑1台（派出单位资产编号见登记表）；驻村日志和民情日记3本；村集体合作社账册移交村监委会保管。',
        preparedBy: null,
        preparedByName: '前任第一书记',
        preparedAt: at(preparedOn, 10),
        successorConfirmedBy: null,
        successorConfirmedByName: '接任第一书记',
        successorConfirmedAt: at(addDays(preparedOn, 2), 15),
        townshipConfirmedBy: null,
        townshipConfirmedByName: '乡镇党委',
        townshipConfirmedAt: at(addDays(preparedOn, 3), 9),
      });
      counts.handovers++;
    }
  }
  // The handover under way whose successor is on post: its lists are prepared and wait for both sides.
  const current = (await onPost(today)).filter((a) => a.teamRole === 'first_secretary');
  for (const village of [...new Set(current.map((a) => a.villageCode))]) {
    const posts = current.filter((a) => a.villageCode === village);
    if (posts.length < 2) continue;
    const predecessor = posts[0]!;
    await services.handovers.prepare(org, predecessor.id, {
      villageSituation:
        '户籍人口约900人，脱贫户65户、监测户3户；村“两委”成员6人，党员28名。主导产业为辣椒种植和生猪养殖。',
      workInProgress:
        '1. 辣椒订单种植300亩，已与县城加工企业签订收购协议；\n2. 村卫生室改造，设备已到位待安装；\n3. 一户因病返贫风险户，医疗救助申请已报乡镇。',
      assetsAndFiles: '办公室钥匙1把；打印机1台；驻村日志2本；帮扶项目资料盒4个。',
    });
    counts.handovers++;
    break;
  }
  return counts;
}
