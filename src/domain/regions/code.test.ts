import { describe, expect, it } from 'vitest';
import {
  ancestorColumns,
  ancestorsOf,
  cityOf,
  codeAt,
  countyOf,
  levelOf,
  provinceOf,
  townshipOf,
} from './code';
import { nameGrams, queryGrams } from './names';

describe('region codes', () => {
  it('reads the level from the length of the code', () => {
    expect(['52', '5201', '520121', '520121101', '520121101200', '5201211'].map(levelOf)).toEqual([
      1,
      2,
      3,
      4,
      5,
      undefined,
    ]);
  });

  it('gives the ancestor at each level, or nothing above the code', () => {
    const village = '520121101200';
    expect([provinceOf(village), cityOf(village), countyOf(village), townshipOf(village)]).toEqual([
      '52',
      '5201',
      '520121',
      '520121101',
    ]);
    expect(() => townshipOf('520121')).toThrow(RangeError);
    expect(codeAt('520121', 4)).toBeUndefined();
    expect(countyOf('520121')).toBe('520121');
  });

  it('lists the ancestors from the province down, and the ancestor columns of a reporting row', () => {
    expect(ancestorsOf('520121101200')).toEqual(['52', '5201', '520121', '520121101']);
    expect(ancestorsOf('52')).toEqual([]);
    expect(ancestorColumns('520121')).toEqual({
      provinceCode: '52',
      cityCode: '5201',
      countyCode: '520121',
      townshipCode: null,
    });
  });
});

describe('region name grams', () => {
  it('indexes every neighbouring pair once', () => {
    expect(nameGrams('双永村')).toEqual(['双永', '永村']);
    expect(nameGrams('哈哈哈')).toEqual(['哈哈']);
  });

  it('asks for the pairs of a query, and nothing of a single character', () => {
    expect(queryGrams('永村')).toEqual(['永村']);
    expect(queryGrams('双永村')).toEqual(['双永', '永村']);
    expect(queryGrams('村')).toEqual([]);
    // Every name containing q holds all of q's grams, so the index never loses a match.
    for (const [name, q] of [
      ['开阳县双永村委会', '永村委'],
      ['凉水井村', '水井'],
    ] as const) {
      expect(queryGrams(q).every((g) => nameGrams(name).includes(g))).toBe(true);
    }
  });
});
