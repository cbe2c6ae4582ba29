import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  normalisePrefixes,
  prefixUpperBound,
  regionInScope,
  regionVisible,
  scopeContains,
} from './scope';

const county = { national: false, regions: ['520121'], units: [] };

describe('region scope', () => {
  it('lists the ancestors of a code by level', () => {
    expect(ancestorsOf('520121101201')).toEqual(['52', '5201', '520121', '520121101']);
    expect(ancestorsOf('52')).toEqual([]);
  });

  it('bounds a prefix range so that a range query equals a prefix match', () => {
    expect(prefixUpperBound('52')).toBe('53');
    expect(prefixUpperBound('5209')).toBe('520:');
    expect('520999' < prefixUpperBound('5209')).toBe(true);
    expect('521000' < prefixUpperBound('5209')).toBe(false);
  });

  it('keeps a county user inside the county subtree', () => {
    expect(regionInScope(county, '520121101201')).toBe(true);
    expect(regionInScope(county, '520122')).toBe(false);
    expect(regionInScope(county, '5201')).toBe(false);
  });

  it('shows the ancestors of the scope so the tree can be walked down to it', () => {
    expect(regionVisible(county, '52')).toBe(true);
    expect(regionVisible(county, '5201')).toBe(true);
    expect(regionVisible(county, '520122')).toBe(false);
    expect(regionVisible(county, '11')).toBe(false);
  });

  it('lets a province administrator grant a county but not a neighbouring province', () => {
    const province = { national: false, regions: ['52'], units: [] };
    expect(scopeContains(province, county)).toEqual({ ok: true });
    expect(scopeContains(county, province)).toMatchObject({ ok: false, regions: ['52'] });
    expect(scopeContains(county, { national: true, regions: [], units: [] })).toMatchObject({
      ok: false,
      national: true,
    });
  });

  it('lets a unit be granted when it is the actor’s or located in the actor’s regions', () => {
    const inner = { national: false, regions: [], units: ['u1', 'u2'] };
    expect(
      scopeContains({ national: false, regions: ['520121'], units: ['u1'] }, inner, new Set(['u2'])),
    ).toEqual({ ok: true });
    expect(scopeContains({ national: false, regions: ['520121'], units: ['u1'] }, inner)).toMatchObject({
      ok: false,
      units: ['u2'],
    });
  });

  it('drops prefixes already covered by a shorter one', () => {
    expect(normalisePrefixes(['520121', '52', '110101', '52'])).toEqual(['110101', '52']);
  });
});
