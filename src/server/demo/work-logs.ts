import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { dutyKeysOn } from '../../domain/policy/duties';
import { countyOf, provinceOf, townshipOf } from '../../domain/regions/code';
import {
  addDays,
  addYears,
  compareDates,
  type IsoDate,
  toDayNumber,
  todayInShanghai,
} from '../../domain/time';
import type { DutyKey } from '../../shared/contracts/duties';
import type { WorkLogKind } from '../../shared/contracts/work-logs';
import type { Container } from '../container';
import { assignments, cadres, villageTaskProgress, villageTasks, workLogs } from '../db/schema';
import { DEMO_COUNTY, seeded } from './data';

// A year of work logs and a task list with progress for every demo team (issue 11 item 8). Logs are written by
// exception — a few a month, on the days something happened, none on most days — under the duties in force
// (P21.4). The village task lists (P21.4-list) carry each team's tasks under the four duties with progress
// notes. Written directly (the demo seed writes outside the request path, docs/architecture.md "Ownership"),
// in batches, so the seed stays quick. demo_cadre (the first secretary of 双永村 520121101200) gets a full
// year and a full list.

const DEMO_VILLAGE = '520121101200';

interface Template {
  kind: WorkLogKind;
  text: string;
  households?: [number, number];
}

const LOGS: Record<'party_organisation' | 'prosperity' | 'governance' | 'service', Template[]> = {
  party_organisation: [
    { kind: 'meeting', text: '组织召开村党支部“三会一课”，传达学习县委全会精神，讨论发展2名入党积极分子。' },
    { kind: 'meeting', text: '参加村党支部主题党日，带领党员清理村道垃圾，集中学习党章第二章。' },
    { kind: 'study', text: '为村“两委”成员讲党课《把党的组织优势转化为发展优势》，结合本村产业谈体会。' },
    { kind: 'meeting', text: '与村党支部书记谈心，梳理支部班子分工，商定下季度后备力量培养名单。' },
    { kind: 'other', text: '检查村党员活动室台账，补齐党费收缴记录，指导规范“四议两公开”会议记录。' },
    {
      kind: 'household_visit',
      text: '走访老党员和困难党员，送去慰问品，听取对村务工作的意见建议。',
      households: [2, 5],
    },
  ],
  prosperity: [
    { kind: 'project', text: '到食用菌大棚查看出菇情况，与合作社核对上月销售台账，联系县城两家超市供货。' },
    { kind: 'project', text: '协调派出单位帮扶资金到位，陪同施工方踏勘村集体冷库选址。' },
    {
      kind: 'household_visit',
      text: '入户走访防返贫监测户，核实务工收入变化，帮助一户申请临时救助。',
      households: [3, 8],
    },
    { kind: 'meeting', text: '召开产业发展座谈会，与种植大户商量明年辣椒订单和收购保底价。' },
    { kind: 'problem_solved', text: '联系农技站专家到村，现场解决猕猴桃溃疡病防治问题，涉及农户十余户。' },
    { kind: 'project', text: '对接电商平台开设村特产网店，整理茶叶、土鸡蛋产品照片和价格。' },
    {
      kind: 'household_visit',
      text: '走访外出务工返乡人员，登记就业意愿，推荐三人到县工业园区应聘。',
      households: [3, 6],
    },
  ],
  governance: [
    { kind: 'meeting', text: '主持村民代表会议，讨论修订村规民约中关于红白喜事简办的条款。' },
    { kind: 'problem_solved', text: '会同村调委会调解两户邻里宅基地边界纠纷，双方签订调解协议。' },
    { kind: 'other', text: '指导网格员更新网格户情信息，检查森林防火巡查记录。' },
    { kind: 'meeting', text: '组织村务监督委员会审核上季度村级财务收支，按要求公开公示。' },
    { kind: 'study', text: '学习《村民委员会组织法》有关条款，为村“两委”讲解村务公开规定。' },
    { kind: 'other', text: '开展汛期安全隐患排查，对地质灾害点两户居民讲解避险转移路线。' },
  ],
  service: [
    {
      kind: 'household_visit',
      text: '走访独居老人和留守儿童家庭，帮助一户预约县医院慢性病复诊。',
      households: [2, 6],
    },
    { kind: 'problem_solved', text: '为村民代办医保缴费和社保卡补办，共办结5件。' },
    { kind: 'problem_solved', text: '协调供电所维修组三组线路，解决十余户电压不稳问题。' },
    {
      kind: 'household_visit',
      text: '到残疾人家庭走访，核对两项补贴发放情况，协助申请辅具适配。',
      households: [1, 4],
    },
    { kind: 'problem_solved', text: '联系水务站抢修饮水管网破损点，当天恢复供水。' },
    {
      kind: 'household_visit',
      text: '走访低保户和特困供养对象，了解冬季取暖和用药情况。',
      households: [3, 7],
    },
  ],
};

interface TaskTemplate {
  duty: 'party_organisation' | 'prosperity' | 'governance' | 'service';
  title: string;
  target: string;
  notes: string[];
}

const TASKS: TaskTemplate[] = [
  {
    duty: 'party_organisation',
    title: '规范村党支部组织生活',
    target: '“三会一课”按月开展，年内发展党员1至2名',
    notes: ['完成支部班子分工调整', '建立入党积极分子培养台账', '两名积极分子参加县委党校培训'],
  },
  {
    duty: 'party_organisation',
    title: '培养村级后备力量',
    target: '储备3名35岁以下村级后备干部',
    notes: ['摸排返乡青年名单', '确定3名培养对象并结对帮带'],
  },
  {
    duty: 'prosperity',
    title: '建成村集体食用菌大棚',
    target: '年内建成2个大棚，带动10户以上增收',
    notes: ['完成选址和土地流转', '大棚骨架完工', '首批菌棒入棚', '第一批香菇上市'],
  },
  {
    duty: 'prosperity',
    title: '防返贫监测户动态清零',
    target: '监测户帮扶措施落实率100%',
    notes: ['完成监测户入户核查', '落实产业和就业帮扶措施', '3户风险已消除'],
  },
  {
    duty: 'prosperity',
    title: '开通村特产电商销售渠道',
    target: '网店上线，年销售额达到10万元',
    notes: ['对接电商平台', '网店上线试运营', '完成产品包装设计'],
  },
  {
    duty: 'governance',
    title: '修订村规民约',
    target: '经村民代表会议通过并公示',
    notes: ['征求意见稿入户发放', '村民代表会议讨论通过'],
  },
  {
    duty: 'governance',
    title: '完善网格化管理',
    target: '网格户情信息完整率100%',
    notes: ['划定6个网格并明确网格员', '完成户情信息更新'],
  },
  {
    duty: 'service',
    title: '解决三组饮水难问题',
    target: '三组32户通上稳定自来水',
    notes: ['完成水源勘测', '管网铺设完成一半', '通水试运行'],
  },
  {
    duty: 'service',
    title: '关爱留守老人儿童',
    target: '每月走访一次，建立关爱台账',
    notes: ['建立留守人员台账', '组织志愿者开展暑期陪伴'],
  },
];

const BATCH = 500;

/** Seeds work logs and task lists once (skipped when the demo county already has logs). */
export async function seedWorkLogsDemo(container: Container): Promise<Record<string, number>> {
  const db = container.database.db;
  const now = container.clock.now();
  const today = todayInShanghai(now);
  const windowFrom = addDays(addYears(today, -1), 1);
  const [done] = await db
    .select({ id: workLogs.id })
    .from(workLogs)
    .where(eq(workLogs.countyCode, DEMO_COUNTY))
    .limit(1);
  if (done) return {};

  const rows = await db
    .select({
      id: assignments.id,
      cadreId: assignments.cadreId,
      unitId: assignments.unitId,
      villageCode: assignments.villageCode,
      teamRole: assignments.teamRole,
      startOn: assignments.startOn,
      endOn: assignments.endOn,
      name: cadres.name,
    })
    .from(assignments)
    .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
    .where(
      and(
        eq(assignments.countyCode, DEMO_COUNTY),
        lte(assignments.startOn, today),
        or(isNull(assignments.endOn), gte(assignments.endOn, windowFrom)),
      ),
    )
    .orderBy(assignments.villageCode, assignments.startOn, assignments.id);
  if (rows.length === 0) return {};
  const rand = seeded(20_211_104);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const between = ([a, b]: [number, number]) => a + Math.floor(rand() * (b - a + 1));
  const stamp = (day: IsoDate, hour: number) =>
    new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+08:00`);

  // Task lists: one per village with a team on post today; the list belongs to the village (P21.4-list).
  const onPost = rows.filter(
    (r) =>
      compareDates(r.startOn as IsoDate, today) <= 0 &&
      (!r.endOn || compareDates(r.endOn as IsoDate, today) >= 0),
  );
  const villages = [...new Set(onPost.map((r) => r.villageCode))];
  const taskRows: (typeof villageTasks.$inferInsert)[] = [];
  const progressRows: (typeof villageTaskProgress.$inferInsert)[] = [];
  const tasksByVillage = new Map<string, string[]>();
  for (const code of villages) {
    const team = onPost.filter((r) => r.villageCode === code);
    const lead = team.find((r) => r.teamRole === 'first_secretary') ?? team[0]!;
    const full = code === DEMO_VILLAGE;
    const chosen = full ? TASKS : TASKS.filter(() => rand() < 0.55);
    const list: string[] = [];
    for (const tpl of chosen.length ? chosen : [TASKS[2]!]) {
      const id = crypto.randomUUID();
      const created = [lead.startOn as IsoDate, addDays(today, -300)].sort().at(-1) as IsoDate;
      const createdOn = addDays(created, between([3, 30]));
      if (compareDates(createdOn, today) > 0) continue;
      const owner = pick(team);
      const steps = full ? tpl.notes.length : between([0, tpl.notes.length]);
      const done = steps === tpl.notes.length && rand() < 0.5;
      const span = Math.max(1, toDayNumber(today) - toDayNumber(createdOn));
      let day = createdOn;
      for (let i = 0; i < steps; i++) {
        day = addDays(day, Math.max(1, Math.floor((span / (steps + 1)) * (0.6 + rand() * 0.8))));
        if (compareDates(day, today) > 0) break;
        const percent = done && i === steps - 1 ? 100 : Math.round(((i + 1) / (tpl.notes.length + 1)) * 100);
        progressRows.push({
          taskId: id,
          userId: crypto.randomUUID(),
          clientId: crypto.randomUUID(),
          cadreId: owner.cadreId,
          byName: owner.name,
          percent,
          note: tpl.notes[i]!,
          on: day,
          createdAt: stamp(day, 17),
        });
      }
      taskRows.push({
        id,
        villageCode: code,
        provinceCode: provinceOf(code),
        countyCode: countyOf(code),
        townshipCode: townshipOf(code),
        duty: tpl.duty,
        title: tpl.title,
        target: tpl.target,
        ownerCadreId: owner.cadreId,
        dueOn: addDays(createdOn, between([120, 400])),
        status: done ? 'done' : 'open',
        closedOn: done ? day : null,
        closeNote: done ? '已按目标完成' : null,
        createdOn,
        createdAt: stamp(createdOn, 10),
        updatedAt: stamp(day, 17),
      });
      list.push(id);
    }
    tasksByVillage.set(code, list);
  }

  // Logs: by exception — for most cadres two to five a month, for demo_cadre's village about six.
  const logRows: (typeof workLogs.$inferInsert)[] = [];
  const taskOf = new Map(taskRows.map((t) => [t.id!, t]));
  for (const r of rows) {
    const from = [r.startOn as IsoDate, windowFrom].sort().at(-1) as IsoDate;
    const to = [r.endOn ?? today, today].sort()[0] as IsoDate;
    if (compareDates(from, to) > 0) continue;
    const perMonth = r.villageCode === DEMO_VILLAGE && r.teamRole === 'first_secretary' ? 6 : between([2, 4]);
    const days = toDayNumber(to) - toDayNumber(from) + 1;
    const count = Math.max(1, Math.round((days / 30) * perMonth * (0.7 + rand() * 0.6)));
    const taken = new Set<number>();
    for (let i = 0; i < count; i++) {
      const offset = Math.floor(rand() * days);
      if (taken.has(offset)) continue;
      taken.add(offset);
      const on = addDays(from, offset);
      const duty = pick(dutyKeysOn(on)) as DutyKey;
      const templates = LOGS[duty as keyof typeof LOGS];
      if (!templates) continue;
      const tpl = pick(templates);
      const villageTasksHere = (tasksByVillage.get(r.villageCode) ?? []).filter((id) => {
        const task = taskOf.get(id)!;
        return task.duty === duty && compareDates(task.createdOn as IsoDate, on) <= 0;
      });
      logRows.push({
        cadreId: r.cadreId,
        assignmentId: r.id,
        clientId: crypto.randomUUID(),
        unitId: r.unitId,
        provinceCode: provinceOf(r.villageCode),
        countyCode: countyOf(r.villageCode),
        townshipCode: townshipOf(r.villageCode),
        villageCode: r.villageCode,
        on,
        kind: tpl.kind,
        duty,
        taskId: villageTasksHere.length && rand() < 0.35 ? pick(villageTasksHere) : null,
        text: tpl.text,
        householdsVisited: tpl.households ? between(tpl.households) : null,
        createdAt: stamp(on, 18 + Math.floor(rand() * 4)),
      });
    }
  }

  await db.transaction(async (tx) => {
    for (let i = 0; i < taskRows.length; i += BATCH)
      await tx.insert(villageTasks).values(taskRows.slice(i, i + BATCH));
    for (let i = 0; i < progressRows.length; i += BATCH)
      await tx.insert(villageTaskProgress).values(progressRows.slice(i, i + BATCH));
    for (let i = 0; i < logRows.length; i += BATCH)
      await tx.insert(workLogs).values(logRows.slice(i, i + BATCH));
  });
  return { logs: logRows.length, tasks: taskRows.length, progress: progressRows.length };
}
