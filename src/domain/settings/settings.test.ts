import { describe, expect, it } from 'vitest';
import {
  catalogue,
  checkValue,
  defaultParameters,
  mayBeSetAt,
  parameterKeys,
  settingLevelOf,
} from './catalogue';
import { resolveParameters, type SettingRecord, settingChainOf, valuesOf } from './resolve';

describe('the parameter catalogue (RULES.md "Provincial parameters")', () => {
  it('holds the fixed contract keys with the RULES.md defaults', () => {
    expect(defaultParameters).toMatchObject({
      minDaysInVillagePerMonth: 20,
      leaveTownshipMaxDays: 3,
      cumulativeLeaveAlertDays: 30,
      tripCountsInVillage: true,
      checkInEnabled: false,
      checkInRadiusMetres: 1000,
      handoverOverlapDays: 7,
      youngAgeLine: 40,
      keyCountyMembers: 3,
      reducedMembers: 1,
      priorityExtraMembers: 1,
      trainingCountsInVillage: true,
      minimumCountedPer: 'month',
      minDaysInVillagePerYear: 200,
      tripNeedsApproval: false,
      checkInRetentionDays: 90,
    });
  });

  it('names a rule id, a bilingual label and a lowest level for every key, and its default passes its own check', () => {
    for (const key of parameterKeys) {
      const d = catalogue[key];
      expect(d.ruleId, key).toMatch(/^(P\d|X\d|PIPL)/);
      expect(d.label.zh.length, key).toBeGreaterThan(1);
      expect(d.label.en.length, key).toBeGreaterThan(1);
      expect(checkValue(key, d.default).ok, key).toBe(true);
    }
  });

  it('levels: a province sets every key; a county only the keys whose lowest level is the county', () => {
    expect(settingLevelOf('')).toBe('country');
    expect(settingLevelOf('52')).toBe('province');
    expect(settingLevelOf('5201')).toBe('city');
    expect(settingLevelOf('520121')).toBe('county');
    expect(settingLevelOf('520121101')).toBeUndefined();
    for (const key of parameterKeys) expect(mayBeSetAt(key, 'province'), key).toBe(true);
    expect(mayBeSetAt('checkInEnabled', 'county')).toBe(true);
    expect(mayBeSetAt('leaveTownshipMaxDays', 'county')).toBe(false);
    expect(mayBeSetAt('leaveTownshipMaxDays', 'city')).toBe(false);
    expect(mayBeSetAt('minDaysInVillagePerMonth', 'country')).toBe(false);
  });

  it('checks types and bounds, naming the key and the expected type', () => {
    expect(checkValue('minDaysInVillagePerMonth', '20')).toMatchObject({
      ok: false,
      en: 'Parameter minDaysInVillagePerMonth must be an integer',
    });
    expect(checkValue('minDaysInVillagePerMonth', 20.5).ok).toBe(false);
    expect(checkValue('minDaysInVillagePerMonth', 31).ok).toBe(true);
    expect(checkValue('minDaysInVillagePerMonth', 32)).toMatchObject({ ok: false, en: /between 0 and 31/ });
    expect(checkValue('checkInEnabled', 'true')).toMatchObject({
      ok: false,
      zh: /checkInEnabled 应为是\/否/,
    });
    expect(checkValue('minimumCountedPer', 'week')).toMatchObject({ ok: false, en: /one of: month, year/ });
    expect(checkValue('minimumCountedPer', 'year')).toEqual({ ok: true, value: 'year' });
  });
});

const rec = (regionCode: string, key: string, value: unknown, effectiveFrom: string): SettingRecord => ({
  regionCode,
  key,
  value,
  effectiveFrom,
});

describe('resolving the value in force for a region on a date (issue 10 item 1)', () => {
  const records = [
    rec('52', 'minDaysInVillagePerMonth', 20, '2021-06-01'),
    rec('52', 'minDaysInVillagePerMonth', 22, '2025-01-01'),
    rec('520121', 'checkInEnabled', true, '2026-01-01'),
    rec('520122', 'checkInEnabled', true, '2024-01-01'),
    rec('5201', 'handoverOverlapDays', 10, '2024-01-01'),
    rec('520121', 'handoverOverlapDays', 14, '2025-01-01'),
  ];

  it('walks the region code up: a village takes its county, city and province values', () => {
    expect(settingChainOf('520121101200')).toEqual(['52', '5201', '520121']);
    expect(settingChainOf('52')).toEqual(['52']);
    const eff = resolveParameters(records, '520121101200', '2026-03-01');
    expect(eff.checkInEnabled).toEqual({
      key: 'checkInEnabled',
      value: true,
      sourceRegion: '520121',
      effectiveFrom: '2026-01-01',
    });
    expect(eff.minDaysInVillagePerMonth).toMatchObject({
      value: 22,
      sourceRegion: '52',
      effectiveFrom: '2025-01-01',
    });
    expect(eff.leaveTownshipMaxDays).toEqual({
      key: 'leaveTownshipMaxDays',
      value: 3,
      sourceRegion: null,
      effectiveFrom: null,
    });
  });

  it('a value applies to the period it was in force: the day before a change keeps the old value', () => {
    expect(resolveParameters(records, '520121', '2024-12-31').minDaysInVillagePerMonth.value).toBe(20);
    expect(resolveParameters(records, '520121', '2025-01-01').minDaysInVillagePerMonth.value).toBe(22);
    expect(resolveParameters(records, '520121', '2021-05-31').minDaysInVillagePerMonth).toMatchObject({
      value: 20,
      sourceRegion: null,
    });
    expect(resolveParameters(records, '520121', '2025-12-31').checkInEnabled.value).toBe(false);
    expect(resolveParameters(records, '520121', '2026-01-01').checkInEnabled.value).toBe(true);
  });

  it('the most specific level in force wins; before it takes effect the level above applies', () => {
    expect(resolveParameters(records, '520121', '2024-06-01').handoverOverlapDays).toMatchObject({
      value: 10,
      sourceRegion: '5201',
    });
    expect(resolveParameters(records, '520121', '2025-06-01').handoverOverlapDays).toMatchObject({
      value: 14,
      sourceRegion: '520121',
    });
    // A neighbouring county's value never leaks.
    expect(resolveParameters(records, '520123', '2026-06-01').checkInEnabled.value).toBe(false);
    expect(resolveParameters(records, '520123', '2026-06-01').handoverOverlapDays.value).toBe(10);
  });

  it('ignores records at a level the key does not allow and values of the wrong type; the later write of one date wins', () => {
    const eff = resolveParameters(
      [
        rec('520121', 'leaveTownshipMaxDays', 5, '2020-01-01'),
        rec('52', 'tripCountsInVillage', 'no', '2020-01-01'),
        rec('52', 'cumulativeLeaveAlertDays', 25, '2025-01-01'),
        rec('52', 'cumulativeLeaveAlertDays', 28, '2025-01-01'),
        rec('52', 'unknownKey', 1, '2020-01-01'),
      ],
      '520121',
      '2026-01-01',
    );
    expect(eff.leaveTownshipMaxDays.value).toBe(3);
    expect(eff.tripCountsInVillage.value).toBe(true);
    expect(eff.cumulativeLeaveAlertDays.value).toBe(28);
    expect(Object.keys(valuesOf(eff)).sort()).toEqual([...parameterKeys].sort());
  });
});
