import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cadres, units } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { idNumber, maker } from '../support/make';
import { multipart, readWorkbook, workbook } from '../support/xlsx';

let t: TestApp;
let make: ReturnType<typeof maker>;
let county: TestUser;
let hr: TestUser;
let unitId: string;

const UNIT = '开阳县农业农村局';
const CADRE_HEAD = [
  '*姓名（name）',
  '性别（gender）',
  '出生日期（birthDate）',
  '*身份证号（idNumber）',
  '*手机号（phone）',
  '*派出单位（unit）',
  '*政治面貌（partyStatus）',
  '入党时间（partyJoinedOn）',
  '转正时间（partyFullOn）',
  '*参加工作时间（workStartedOn）',
  '职级（rank）',
  '农村工作经验（ruralExperience）',
  '擅长（strengths）',
];
let phoneSeq = 0;
const row = (over: Record<number, unknown> = {}) => {
  // A different birth date on each row keeps the generated ID numbers apart in large files.
  const birth = new Date(Date.UTC(1980, 0, 1) + (phoneSeq % 3000) * 86_400_000).toISOString().slice(0, 10);
  const id = idNumber(birth, 'male');
  const r: unknown[] = [
    '刘导入',
    '男',
    birth,
    id,
    `1380000${String(++phoneSeq).padStart(4, '0')}`,
    UNIT,
    '中共正式党员',
    '2010-06-01',
    '2011-06-01',
    '2010-07-01',
    '科级',
    '是',
    '经济工作、党群工作',
  ];
  for (const [i, v] of Object.entries(over)) r[Number(i)] = v;
  return r;
};

const cadreCount = async () => (await t.container.database.db.select().from(cadres)).length;
const upload = (
  u: TestUser,
  kind: string,
  file: Buffer,
  query = '',
  headers: Record<string, string> = {},
) => {
  const body = multipart(file);
  return u.request({
    method: 'POST',
    url: `/api/imports/${kind}${query}`,
    payload: body.payload,
    headers: { ...body.headers, ...headers },
  });
};

beforeAll(async () => {
  t = await createTestApp();
  make = maker(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  unitId = (await make.unit({ name: UNIT })).id;
  hr = await t.user({ roles: ['unit_hr'], units: [unitId] });
});
afterAll(() => t.close());

describe('import templates', () => {
  it('gives a cadre template with Chinese headers naming the field, drop-downs and an instructions sheet', async () => {
    const res = await hr.get('/api/imports/cadres/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''");
    const wb = await readWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['干部信息', '填写说明', '_lists']);
    const header = (wb.getWorksheet('干部信息')!.getRow(1).values as string[]).filter(Boolean);
    expect(header).toContain('*身份证号（idNumber）');
    expect(header).toContain('*政治面貌（partyStatus）');
    const validations = (
      wb.getWorksheet('干部信息') as unknown as {
        dataValidations: { model: Record<string, { type: string; formulae: string[] }> };
      }
    ).dataValidations.model;
    const lists = Object.values(validations).filter((v) => v.type === 'list');
    expect(lists.length).toBeGreaterThan(5);
    const listSheet = wb.getWorksheet('_lists')!;
    const listed = listSheet.getSheetValues().flat().filter(Boolean);
    expect(listed).toContain('中共正式党员');
    expect(listed).toContain(UNIT);
  });

  it('gives unit and village templates', async () => {
    for (const kind of ['units', 'villages']) {
      const res = await county.get(`/api/imports/${kind}/template.xlsx`);
      expect(res.statusCode, kind).toBe(200);
      const wb = await readWorkbook(res.rawPayload);
      expect(wb.worksheets).toHaveLength(3);
    }
  });
});

describe('cadre import', () => {
  it('fills the downloaded template, reports on a dry run without writing, then imports all rows', async () => {
    const template = await readWorkbook((await hr.get('/api/imports/cadres/template.xlsx')).rawPayload);
    const ws = template.getWorksheet('干部信息')!;
    const header = ws.getRow(1).values as string[];
    const col = (key: string) => header.findIndex((h) => typeof h === 'string' && h.includes(`（${key}）`));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = idNumber(`1990-03-0${i + 1}`, i % 2 ? 'female' : 'male');
      ids.push(id);
      const r = ws.getRow(i + 2);
      r.getCell(col('name')).value = `模板${i}`;
      r.getCell(col('idNumber')).value = id;
      r.getCell(col('phone')).value = `1370000000${i}`;
      r.getCell(col('unit')).value = UNIT;
      r.getCell(col('partyStatus')).value = '非党员';
      r.getCell(col('workStartedOn')).value = new Date(Date.UTC(2013, 6, 1));
      r.getCell(col('strengths')).value = '社会工作';
    }
    const file = Buffer.from(await template.xlsx.writeBuffer());
    const before = await cadreCount();
    const dry = await upload(hr, 'cadres', file, '?dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ ok: 3, errors: [], total: 3, valid: 3, dryRun: true });
    expect(await cadreCount()).toBe(before);
    const real = await upload(hr, 'cadres', file);
    expect(real.json()).toMatchObject({ ok: 3, errors: [], dryRun: false, mode: 'all-or-nothing' });
    expect(await cadreCount()).toBe(before + 3);
    const list = await hr.get(`/api/cadres?q=${encodeURIComponent('模板')}`);
    expect(
      list
        .json()
        .items.map((c: { gender: string }) => c.gender)
        .sort(),
    ).toEqual(['female', 'male', 'male']);
    const audit = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'cadre.import'));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.unitId).toBe(unitId);
    const raw =
      JSON.stringify(await t.container.database.db.execute(sql`select row_to_json(c)::text from cadres c`)) +
      JSON.stringify(audit);
    for (const id of ids) expect(raw).not.toContain(id);
  });

  it('reports missing columns on row 1 and writes nothing', async () => {
    const before = await cadreCount();
    const res = await upload(
      county,
      'cadres',
      await workbook(['姓名', '电话', '备注'], [['张三', '13800000000', 'x']]),
    );
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.ok).toBe(0);
    expect(report.errors.every((e: { row: number }) => e.row === 1)).toBe(true);
    expect(report.errors.map((e: { column: string }) => e.column)).toEqual(
      expect.arrayContaining(['idNumber', 'phone', 'unit', 'partyStatus', 'workStartedOn']),
    );
    expect(report.errors[0].message).toMatch(/缺少必填列/);
    expect(await cadreCount()).toBe(before);
  });

  it('reports wrong types by row and column, in Chinese, or English on request, and writes nothing', async () => {
    const before = await cadreCount();
    const file = await workbook(CADRE_HEAD, [
      row(),
      row({ 2: 'abc' }),
      // An ID number typed into a number cell: Excel keeps 15 significant digits.
      row({ 3: Number('520121198806151234') }),
      row({ 6: '群众', 11: '也许' }),
      row({ 9: '2010-02-30' }),
    ]);
    const res = await upload(county, 'cadres', file);
    const report = res.json();
    expect(report).toMatchObject({ ok: 0, total: 5, valid: 1, dryRun: false });
    const at = (r: number) =>
      report.errors.filter((e: { row: number }) => e.row === r).map((e: { column: string }) => e.column);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['birthDate']);
    expect(at(4)).toEqual(['idNumber']);
    expect(at(5).sort()).toEqual(['partyStatus', 'ruralExperience']);
    expect(at(6)).toEqual(['workStartedOn']);
    expect(report.errors.find((e: { row: number }) => e.row === 4).message).toContain('文本格式');
    // The birth date cell is never shown back: beside the masked ID number it would narrow the number down.
    expect(report.errors.find((e: { row: number }) => e.row === 3)).toMatchObject({
      value: '***',
      header: '出生日期（birthDate）',
    });
    const good = row();
    const wrong = `${String(good[3]).slice(0, 17)}${String(good[3]).endsWith('0') ? '1' : '0'}`;
    const masked = await upload(
      county,
      'cadres',
      await workbook(CADRE_HEAD, [row({ 2: null, 3: wrong })]),
      '?dryRun=true',
    );
    expect(masked.json().errors[0]).toMatchObject({
      column: 'idNumber',
      value: `**************${wrong.slice(-4)}`,
    });
    expect(masked.body).not.toContain(wrong);
    const en = await upload(county, 'cadres', file, '?dryRun=true', { 'accept-language': 'en' });
    expect(en.json().errors.find((e: { row: number }) => e.row === 3).message).toMatch(
      /^Birth date: must be a date/,
    );
    expect(await cadreCount()).toBe(before);
  });

  it('reports a file without data rows', async () => {
    const empty = (await hr.get('/api/imports/cadres/template.xlsx')).rawPayload;
    const res = await upload(hr, 'cadres', empty);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: 0, total: 0 });
    expect(res.json().errors[0].message).toContain('没有数据行');
  });

  it('refuses a file that is not .xlsx, an empty upload and a plain body with 400 naming the file', async () => {
    const text = await upload(county, 'cadres', Buffer.from('name,idNumber\n张三,1\n'));
    expect(text.statusCode).toBe(400);
    expect(text.json()).toMatchObject({ code: 'VALIDATION', details: { fields: [{ field: 'file' }] } });
    const zipNotXlsx = await upload(county, 'cadres', Buffer.from('504b030414000000', 'hex'));
    expect(zipNotXlsx.statusCode).toBe(400);
    const plain = await county.post('/api/imports/cadres', { file: 'x' });
    expect(plain.statusCode).toBe(400);
    expect(plain.json().details.fields[0].field).toBe('file');
  });

  it('reads a 5 MB file to the end', async () => {
    const rows = Array.from({ length: 330 }, () => [...row(), randomBytes(16_000).toString('base64')]);
    const file = await workbook([...CADRE_HEAD, '备注（notes）'], rows);
    expect(file.length).toBeGreaterThan(5 * 1024 * 1024);
    const res = await upload(county, 'cadres', file, '?dryRun=true');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json()).toMatchObject({ ok: 330, total: 330, errors: [] });
  });

  it('refuses a file over 20 MB with 413', async () => {
    const res = await upload(county, 'cadres', randomBytes(21 * 1024 * 1024));
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('finds duplicate ID numbers within the file and against the database; all or nothing by default, valid rows only on request', async () => {
    const registered = await make.cadre(unitId, {});
    const [stored] = await t.container.database.db.select().from(cadres).where(eq(cadres.id, registered.id));
    const existingId = (await hr.post(`/api/cadres/${stored!.id}/reveal-id`)).json().idNumber as string;
    const twice = idNumber('1988-06-15', 'male');
    const file = await workbook(CADRE_HEAD, [
      row(),
      row({ 2: null, 3: twice }),
      row({ 2: null, 3: twice }),
      row({ 2: null, 3: existingId }),
      row(),
    ]);
    const before = await cadreCount();
    const all = await upload(county, 'cadres', file);
    expect(all.json()).toMatchObject({ ok: 0, valid: 3 });
    expect(all.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, 'idNumber'],
      [5, 'idNumber'],
    ]);
    expect(all.json().errors[0].message).toContain('第 3 行');
    expect(all.json().errors[1].message).toContain(`已在干部库中登记（张测试，${UNIT}）`);
    expect(await cadreCount()).toBe(before);
    const some = await upload(county, 'cadres', file, '?mode=valid-only');
    expect(some.json()).toMatchObject({ ok: 3, mode: 'valid-only' });
    expect(await cadreCount()).toBe(before + 3);
  });

  it('says an ID number is registered outside the importer’s scope without naming the person, unit or region, and masks the birth date cell', async () => {
    const elsewhere = await make.unit({ name: '息烽县交通运输局', regionCode: '520122' });
    const birth = '1979-04-09';
    const theirs = idNumber(birth, 'male', '520122');
    await make.cadre(elsewhere.id, { name: '钱外县', birthDate: birth, idNumber: theirs });
    const wrongBirth = idNumber('1981-02-03', 'male');
    const res = await upload(
      county,
      'cadres',
      await workbook(CADRE_HEAD, [row({ 2: birth, 3: theirs }), row({ 2: '1981-02-04', 3: wrongBirth })]),
      '?dryRun=true',
    );
    expect(res.statusCode).toBe(200);
    const [dupe, mismatch] = res.json().errors as {
      row: number;
      column: string;
      message: string;
      value: unknown;
    }[];
    expect(dupe).toMatchObject({ row: 2, column: 'idNumber' });
    expect(dupe!.message).toContain('您的管理范围以外已有干部库记录');
    expect(dupe!.message).toContain('组织部门');
    expect(res.body).not.toContain('钱外县');
    expect(res.body).not.toContain('息烽');
    expect(res.body).not.toContain('520122');
    expect(mismatch).toMatchObject({ row: 3, column: 'birthDate', value: '**********' });
    expect(res.body).not.toContain('1981-02-04');
  });

  it('puts a single-unit personnel department’s rows in its unit and refuses rows for other units', async () => {
    const other = await make.unit({ name: '开阳县民政局' });
    const file = await workbook(CADRE_HEAD, [
      row({ 5: null }),
      row({ 5: other.name }),
      row({ 5: '不存在的单位' }),
    ]);
    const res = await upload(hr, 'cadres', file, '?mode=valid-only');
    expect(res.json().ok).toBe(1);
    expect(res.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'unit'],
      [4, 'unit'],
    ]);
  });

  it('imports in batches inside one transaction (1,200 rows)', async () => {
    const before = await cadreCount();
    const file = await workbook(
      CADRE_HEAD,
      Array.from({ length: 1200 }, () => row()),
    );
    const res = await upload(county, 'cadres', file);
    expect(res.json()).toMatchObject({ ok: 1200, errors: [] });
    expect(await cadreCount()).toBe(before + 1200);
  });

  it('lets only personnel departments and administrators import cadres', async () => {
    const inspector = await t.user({ roles: ['inspector'], regions: ['52'] });
    expect((await upload(inspector, 'cadres', await workbook(CADRE_HEAD, [row()]))).statusCode).toBe(403);
    expect((await upload(hr, 'units', await workbook(['x'], [['y']]))).statusCode).toBe(403);
  });
});

describe('unit and village imports', () => {
  const UNIT_HEAD = [
    '*单位名称（name）',
    '*单位类别（kind）',
    '*单位层级（level）',
    '*所在地区代码（regionCode）',
    '上级单位（parent）',
  ];

  it('imports units with a parent given in the same file; a bad row blocks all unless valid-only', async () => {
    const file = await workbook(UNIT_HEAD, [
      ['开阳县自然资源局测绘队', '事业单位', '县级', '520121', '开阳县自然资源局'],
      ['开阳县自然资源局', '县直机关', '县级', '520121', null],
      ['息烽县某局', '县直机关', '县级', '520122', null],
      ['某局', '部委', '县级', '520121', null],
    ]);
    const all = await upload(county, 'units', file);
    expect(all.json()).toMatchObject({ ok: 0, valid: 2 });
    expect(all.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, 'regionCode'],
      [5, 'kind'],
    ]);
    const some = await upload(county, 'units', file, '?mode=valid-only');
    expect(some.json().ok).toBe(2);
    const child = (await county.get(`/api/units?q=${encodeURIComponent('测绘队')}`)).json().items[0];
    expect(child).toMatchObject({ kind: 'public_institution', parentName: '开阳县自然资源局' });
    const again = await upload(county, 'units', file, '?dryRun=true');
    expect(again.json().errors.filter((e: { column: string }) => e.column === 'name')).toHaveLength(2);
    expect((await t.container.database.db.select().from(units).where(eq(units.name, '某局'))).length).toBe(0);
  });

  it('imports village profiles with several category periods per village, checking codes, names and scope', async () => {
    const HEAD = [
      '*村代码（code）',
      '村名（name）',
      '人口（population）',
      '户数（households）',
      '纬度（lat）',
      '经度（lng）',
      '村类别（category）',
      '类别起始日期（from）',
      '类别终止日期（to）',
    ];
    const file = await workbook(HEAD, [
      ['520121101203', '三合村', 1800, 540, 27.1, 106.95, '建档立卡贫困村', '2017-01-01', '2020-12-31'],
      ['520121101203', null, null, null, null, null, '脱贫村', '2021-01-01', null],
      ['520121101204', '不是白马村', 900, 300, null, null, null, null, null],
      ['520122001001', null, 100, 20, null, null, null, null, null],
      ['5201211', null, null, null, null, null, null, null, null],
    ]);
    const res = await upload(county, 'villages', file, '?mode=valid-only');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ok).toBe(2);
    expect(res.json().errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, 'name'],
      [5, 'code'],
      [6, 'code'],
    ]);
    const v = (await county.get('/api/villages/520121101203?date=2020-06-01')).json().village;
    expect(v).toMatchObject({
      population: 1800,
      households: 540,
      location: { lat: 27.1, lng: 106.95 },
      activeCategories: ['registeredPoor'],
    });
    expect(v.categories).toHaveLength(2);
  });
});

describe('exports', () => {
  it('exports the filtered cadre list with masked numbers only', async () => {
    const c = await make.cadre(unitId, { name: '导出测试', partyStatus: 'probationary', partyFullOn: null });
    const res = await county.get(`/api/cadres.xlsx?partyStatus=probationary&unitId=${unitId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await readWorkbook(res.rawPayload)).worksheets[0]!;
    const values = ws.getSheetValues().filter(Boolean) as unknown[][];
    expect(values[1]).toContain('导出测试');
    expect(values[1]).toContain(c.idNumberMasked);
    expect(values[1]).toContain('中共预备党员');
    const plain = (await county.post(`/api/cadres/${c.id}/reveal-id`)).json().idNumber;
    expect(JSON.stringify(values)).not.toContain(plain);
    expect(values.filter((r) => r.includes('中共正式党员'))).toHaveLength(0);
  });

  it('exports units and villages in scope', async () => {
    const u = await county.get('/api/units.xlsx?region=520121');
    expect(u.statusCode).toBe(200);
    expect(JSON.stringify((await readWorkbook(u.rawPayload)).worksheets[0]!.getSheetValues())).toContain(
      UNIT,
    );
    const v = await county.get('/api/villages.xlsx?region=520121101');
    expect(v.statusCode).toBe(200);
    expect(JSON.stringify((await readWorkbook(v.rawPayload)).worksheets[0]!.getSheetValues())).toContain(
      '三合村',
    );
    const other = await t.user({ roles: ['org_admin'], regions: ['520122'] });
    expect(
      JSON.stringify(
        (
          await readWorkbook((await other.get('/api/villages.xlsx?region=520121')).rawPayload)
        ).worksheets[0]!.getSheetValues(),
      ),
    ).not.toContain('三合村');
  });
});

// The N+1 lookups of imports (issue 9, groundwork 8): units by id, regions, duplicates and in-file parents
// are looked up or written once per batch, not once per row. Counted at the database driver: every SQL
// statement the request sends (session, audit and transaction statements included).
describe('imports look up and write in batches, not per row', () => {
  /** Runs `fn` counting the SQL statements sent through the app's database handle (both drivers). */
  async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const session = (
      t.container.database.db as unknown as {
        session: { logger: unknown; options: { logger?: unknown } };
      }
    ).session;
    const saved = { logger: session.logger, options: session.options.logger };
    let queries = 0;
    const counter = { logQuery: () => void queries++ };
    session.logger = counter;
    session.options.logger = counter;
    try {
      return { result: await fn(), queries };
    } finally {
      session.logger = saved.logger;
      session.options.logger = saved.options;
    }
  }

  it('imports 1,200 cadres naming 300 units by id with a fixed number of statements', async () => {
    const made = await t.container.database.db
      .insert(units)
      .values(
        Array.from({ length: 300 }, (_, i) => ({
          name: `批量单位${i}`,
          kind: 'county_organ' as const,
          level: 'county' as const,
          regionCode: '520121',
          provinceCode: '52',
          countyCode: '520121',
        })),
      )
      .returning({ id: units.id });
    const before = await cadreCount();
    const file = await workbook(
      CADRE_HEAD,
      Array.from({ length: 1200 }, (_, i) => row({ 5: made[i % made.length]!.id })),
    );
    const { result, queries } = await countQueries(() => upload(county, 'cadres', file));
    expect(result.json()).toMatchObject({ ok: 1200, errors: [] });
    expect(await cadreCount()).toBe(before + 1200);
    console.info(`cadre import, 1,200 rows naming 300 units by id: ${queries} SQL statements`);
    expect(queries).toBeLessThan(40);
  });

  it('imports 1,200 units whose parents are rows of the same file with a fixed number of statements', async () => {
    const head = [
      '*单位名称（name）',
      '*单位类别（kind）',
      '*单位层级（level）',
      '*所在地区代码（regionCode）',
      '上级单位（parent）',
    ];
    const rows = Array.from({ length: 1200 }, (_, i) => [
      `批量下级单位${i}`,
      '县直机关',
      '县级',
      '520121',
      i === 0 ? null : `批量下级单位${Math.floor((i - 1) / 2)}`,
    ]);
    const file = await workbook(head, rows);
    const { result, queries } = await countQueries(() => upload(county, 'units', file));
    expect(result.json()).toMatchObject({ ok: 1200, errors: [] });
    const child = (await county.get(`/api/units?q=${encodeURIComponent('批量下级单位1199')}`)).json()
      .items[0];
    expect(child.parentName).toBe('批量下级单位599');
    console.info(`unit import, 1,200 rows with parents in the file: ${queries} SQL statements`);
    expect(queries).toBeLessThan(40);
  });

  it('keeps the 1,200-row cadre import by unit name to a fixed number of statements', async () => {
    const file = await workbook(
      CADRE_HEAD,
      Array.from({ length: 1200 }, () => row()),
    );
    const { result, queries } = await countQueries(() => upload(county, 'cadres', file));
    expect(result.json()).toMatchObject({ ok: 1200, errors: [] });
    console.info(`cadre import, 1,200 rows naming one unit by name: ${queries} SQL statements`);
    expect(queries).toBeLessThan(40);
  });
});
