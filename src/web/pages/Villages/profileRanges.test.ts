import { describe, expect, it } from 'vitest';
import { rangeChecks } from '../../../shared/contracts/villages';

// The profile form's checks (clerk finding 4): a value is saved as typed or refused in words, never moved
// into range. The same limits as the API's (WGS-84 inside China; radius in whole metres).
describe('profile form ranges', () => {
  const ok = (field: keyof typeof rangeChecks, v: number) =>
    expect(rangeChecks[field](v), `${field} ${v}`).toBeNull();
  const refused = (field: keyof typeof rangeChecks, v: number, words: RegExp) =>
    expect(rangeChecks[field](v)?.zh, `${field} ${v}`).toMatch(words);

  it('takes latitude 3 and 54 and refuses 2.9999, 54.0001, 99 and −90 saying the range', () => {
    ok('lat', 3);
    ok('lat', 54);
    ok('lat', 27.0563123);
    for (const v of [2.9999, 54.0001, 99, -90]) refused('lat', v, /3 至 54 之间/);
  });

  it('takes longitude 73 and 136 and refuses 72.9999, 136.0001 and ±180 saying the range', () => {
    ok('lng', 73);
    ok('lng', 136);
    for (const v of [72.9999, 136.0001, 180, -180]) refused('lng', v, /73 至 136 之间/);
  });

  it('takes a radius of 50 and 50,000 whole metres and refuses −5, 0, 1, 49, 50,001 and 120.5', () => {
    ok('checkinRadiusM', 50);
    ok('checkinRadiusM', 50_000);
    for (const v of [-5, 0, 1, 49, 50_001, 120.5]) refused('checkinRadiusM', v, /50 至 50000 米/);
  });

  it('takes whole headcounts from 0 to 1,000,000 and refuses −1 and 12.5', () => {
    ok('population', 0);
    ok('households', 1_000_000);
    refused('population', -1, /整数/);
    refused('households', 12.5, /整数/);
  });
});
