import { describe, expect, it } from 'vitest';
import { catalogue, getRule, isRuleId, listRules, type Rule, rule } from './catalogue';
import { policyDocuments } from './documents';
import text2017 from './sources/2017-guiding-opinions.zh.txt?raw';
import text2021 from './sources/2021-opinions.zh.txt?raw';

const rules: readonly Rule[] = catalogue;

// Every id of RULES.md, section by section, as written there.
const idsInRulesMd: Record<string, string[]> = {
  '1': [
    'P17.1.2-cover',
    'P17.2.2-priority',
    'P17.2.3-stay',
    'P21.2-scope',
    'P21.2-reduce',
    'P21.2-demo',
    'P21.2-weak',
    'P21.2-other',
    'P21.1-order',
  ],
  '2': [
    'P17.2.3-source',
    'P17.2.3-quality',
    'P17.2.3-leader-rank',
    'P17.2.2-young',
    'P21.3-quality',
    'P21.3-fs-party',
    'P21.3-fs-work',
    'P21.3-member-party',
    'P21.3-source',
    'P21.3-rural',
    'P21.3-central',
    'P17.2.1-match',
    'P21.3-match',
  ],
  '3': ['P21.3-apply', 'P21.3-propose', 'P21.3-checks', 'P21.3-file', 'P21.3-decide', 'P21.3-compose'],
  '4': [
    'P17.1.2-leader',
    'P21.5-leader',
    'P17.2.2-size',
    'P21.5-size',
    'P17.2.2-term',
    'P21.5-term',
    'P21.5-rotate',
    'P17.2.3-fulltime',
    'P21.5-fulltime',
    'P17.2.3-partyrel',
    'P21.5-partyrel',
  ],
  '5': ['P17.3', 'P21.4', 'P21.4-list'],
  '6': [
    'P17.4.1',
    'P17.4.2-meeting',
    'P17.4.2-attend',
    'P21.5-attend',
    'P17.4.2-leave',
    'P21.5-leave',
    'P17.4.2-report',
    'P21.5-unit-hear',
    'P17.4.2-discipline',
    'P21.5-discipline',
    'P21.6-talk',
    'P17.6.4-talk',
  ],
  '7': [
    'P17.5.1-annual',
    'P17.5.1-mix',
    'P17.5.1-record',
    'P21.5-annual',
    'P21.5-termend',
    'P21.5-voices',
    'P17.5.2',
    'P21.5-use',
    'P17.5.3-recall',
  ],
  '8': [
    'P17.6.1',
    'P17.6.2-inspect',
    'P21.6-bind',
    'P21.6-kpi',
    'P17.6.3-train',
    'P21.6-train',
    'P17.6.4-allow',
    'P21.6-allow',
    'P17.6.4-insure',
    'P21.6-insure',
    'P21.6-exam',
    'P17.6.4-medical',
    'P21.6-medical',
    'P17.6.4-injury',
    'P21.6-funds',
    'P21.6-burden',
    'P17.6.3-publicise',
    'P21.6-publicise',
  ],
  other: ['X19-burden', 'X23-fingertip', 'X24-rules', 'X26-apps', 'PIPL-28'],
};

// Readings: how the system reads a clause where the texts leave a choice. Not ids of RULES.md; each says
// in its title which rule it reads, and quotes that clause.
const readings = ['M-paired-first'];

const sourceText: Record<string, string> = { '2017-guiding-opinions': text2017, '2021-opinions': text2021 };

describe('the rule catalogue mirrors RULES.md', () => {
  it('holds exactly the ids of RULES.md, each once, in its section (P17.1.2-cover … PIPL-28)', () => {
    const expected = [...Object.values(idsInRulesMd).flat(), ...readings];
    expect(rules.map((r) => r.id).sort()).toEqual([...expected].sort());
    for (const [section, ids] of Object.entries(idsInRulesMd)) {
      for (const id of ids) expect(String(getRule(id)?.section), id).toBe(section);
    }
  });

  it('versions each rule by its id prefix and cites the matching document (P17 → 2017, P21 → 2021)', () => {
    for (const r of rules.filter((x) => x.kind !== 'reading')) {
      const expected = r.id.startsWith('P17') ? 'P17' : r.id.startsWith('P21') ? 'P21' : 'X';
      expect(r.version, r.id).toBe(expected);
      if (r.version === 'P17') expect(r.document, r.id).toBe('2017-guiding-opinions');
      if (r.version === 'P21') expect(r.document, r.id).toBe('2021-opinions');
      expect(policyDocuments[r.document], r.id).toBeDefined();
    }
  });

  it('quotes every P17 and P21 clause word for word from the Chinese text (fragments joined by ……)', () => {
    for (const r of rules.filter((x) => x.version !== 'X')) {
      expect(r.clause.verbatim, r.id).toBe(true);
      const text = sourceText[r.document];
      expect(text, r.id).toBeDefined();
      for (const fragment of r.clause.zh.split('……')) {
        expect(fragment.length, `${r.id}: empty fragment`).toBeGreaterThan(1);
        expect(text?.includes(fragment), `${r.id}: «${fragment}» is not in ${r.document}`).toBe(true);
      }
    }
  });

  it('marks clauses of documents the repository does not hold as summaries, not quotes (X19-burden … PIPL-28)', () => {
    for (const r of rules.filter((x) => x.version === 'X')) {
      expect(r.clause.verbatim, r.id).toBe(false);
      expect(r.clause.zh, r.id).toMatch(/^要点（非原文）/);
      expect(policyDocuments[r.document].source, r.id).toBeNull();
    }
  });

  it('gives every rule a title, a message and a clause in both languages (all of RULES.md)', () => {
    for (const r of rules) {
      for (const t of [r.title, r.message, r.clause]) {
        expect(t.zh, r.id).toMatch(/\p{Script=Han}/u);
        expect(t.en.trim().length, r.id).toBeGreaterThan(3);
        expect(t.en, r.id).not.toMatch(/\p{Script=Han}/u);
      }
      expect(r.clause.ref, r.id).not.toBe('');
    }
  });

  it('tells the user what to do (请…) in every refusing rule: block, warn and coverage', () => {
    for (const r of rules.filter((x) => x.severity === 'block' || x.severity === 'warn')) {
      if (r.section === 3 || r.id === 'P21.1-order') continue; // workflow steps: the step names the action
      expect(r.message.zh, r.id).toContain('请');
    }
  });

  it('gives block and coverage rules block severity, warn rules warn and info rules info or none (RULES.md kinds)', () => {
    for (const r of rules) {
      if (r.kind === 'block' || r.kind === 'coverage') expect(r.severity, r.id).toBe('block');
      if (r.kind === 'warn') expect(r.severity, r.id).toBe('warn');
      if (r.kind === 'info') expect([null, 'info'], r.id).toContain(r.severity);
    }
  });

  it('classes the §1–§4 rules as RULES.md does (P21.3-fs-party, P17.2.2-term block; P21.5-term, P21.2-reduce warn)', () => {
    const kinds = Object.fromEntries(rules.map((r) => [r.id, r.kind]));
    expect(kinds).toMatchObject({
      'P17.1.2-cover': 'coverage',
      'P21.2-scope': 'coverage',
      'P21.2-weak': 'coverage',
      'P21.3-central': 'coverage',
      'P17.2.3-stay': 'block',
      'P21.2-reduce': 'warn',
      'P21.2-demo': 'info',
      'P21.2-other': 'info',
      'P17.2.3-source': 'block',
      'P21.3-source': 'block',
      'P21.3-fs-party': 'block',
      'P21.3-fs-work': 'block',
      'P17.2.3-leader-rank': 'warn',
      'P17.2.2-young': 'info',
      'P21.3-rural': 'info',
      'P21.3-member-party': 'info',
      'P17.1.2-leader': 'warn',
      'P21.5-leader': 'block',
      'P17.2.2-size': 'warn',
      'P21.5-size': 'warn',
      'P17.2.2-term': 'block',
      'P21.5-term': 'warn',
      'P21.5-rotate': 'block',
    });
  });

  it('reads 原则上 in the training clause as a warning (P21.6-train) and finds no minimum in 2017 (P17.6.3-train)', () => {
    expect(rule('P21.6-train').clause.zh).toContain('原则上');
    expect(rule('P21.6-train').kind).toBe('warn');
    expect(rule('P17.6.3-train').clause.zh).not.toContain('至少');
    expect(rule('P17.6.3-train').kind).toBe('info');
  });
});

describe('readings (M-…)', () => {
  it("gives matching's pairing its own id, a reading of P21.3-central, not P21.6-bind (M-paired-first)", () => {
    const r = rule('M-paired-first');
    expect(r.kind).toBe('reading');
    expect(r.title.en).toContain('reading of P21.3-central');
    expect(r.clause.zh).toBe('有定点帮扶和对口支援结对任务的，每个单位至少选派1名优秀干部到村任第一书记。');
    expect(rule('P21.3-central').clause.zh).toContain(r.clause.zh);
  });

  it("keeps P21.6-bind for the unit leaders' yearly visit (P21.6-bind)", () => {
    expect(rule('P21.6-bind').clause.zh).toContain('每年到村调研指导');
    expect(rule('P21.6-bind').kind).toBe('schedule');
  });
});

describe('looking rules up', () => {
  it('finds a rule by its exact id, and nothing for an unknown id (getRule)', () => {
    expect(getRule('P21.3-fs-party')?.title.en).toMatch(/full party member/);
    expect(getRule('p21.3-fs-party')).toBeUndefined();
    expect(getRule('P99-nothing')).toBeUndefined();
    expect(isRuleId('P17.2.2-term')).toBe(true);
    expect(isRuleId('P17.2.2-terms')).toBe(false);
  });

  it('filters by version, kind and section (X rules, P21.2-weak coverage, §3)', () => {
    expect(listRules({ version: 'X' }).map((r) => r.id)).toEqual(idsInRulesMd.other);
    expect(listRules({ version: 'P21', kind: 'coverage' }).map((r) => r.id)).toEqual([
      'P21.2-scope',
      'P21.2-weak',
      'P21.3-central',
    ]);
    expect(listRules({ section: 3 }).filter((r) => r.kind !== 'reading')).toHaveLength(6);
    expect(listRules()).toHaveLength(rules.length);
  });

  it('searches ids, titles, messages and clauses in Chinese and English, ignoring case (P21.3-fs-party, P21.5-rotate)', () => {
    expect(listRules({ q: '党龄' }).map((r) => r.id)).toEqual(
      expect.arrayContaining(['P21.3-fs-party', 'P21.3-fs-work']),
    );
    expect(listRules({ q: 'PARTY STANDING' }).map((r) => r.id)).toContain('P21.3-fs-party');
    expect(listRules({ q: '压茬交接' }).map((r) => r.id)).toEqual(['P21.5-rotate']);
    expect(listRules({ q: 'fs-work' }).map((r) => r.id)).toEqual(['P21.3-fs-work']);
    expect(listRules({ q: '   ' })).toHaveLength(rules.length);
    expect(listRules({ q: 'no such words anywhere' })).toEqual([]);
  });

  it('combines a text search with a version filter (P17.2.2-term)', () => {
    expect(listRules({ q: 'term', version: 'P17', kind: 'block' }).map((r) => r.id)).toEqual([
      'P17.2.2-term',
    ]);
  });
});
