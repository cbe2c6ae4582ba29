import { describe, expect, it } from 'vitest';
import { haversineMetres, PLAUSIBILITY, plausibilityOf } from './plausibility';

// 520121101200's neighbourhood: a village centre in 开阳县 and points due north of it.
const village = { lat: 27.05, lng: 106.97 };
const metresPerDegreeLat = haversineMetres({ lat: 0, lng: 0 }, { lat: 1, lng: 0 });
const north = (m: number) => ({ lat: village.lat + m / metresPerDegreeLat, lng: village.lng });
const T = Date.parse('2026-12-05T09:00:00+08:00');
const base = { position: village, accuracyMetres: 20, serverTimeMs: T, deviceTimeMs: T };
const ctx = { village, radiusMetres: 1000, previous: null };

describe('check-in plausibility flags (issue 10 item 8; flags only, never a verdict: X23-fingertip)', () => {
  it('measures great-circle distances: one degree of latitude is about 111.2 km', () => {
    expect(metresPerDegreeLat).toBeCloseTo(111_195, -1);
    expect(haversineMetres(village, village)).toBe(0);
    expect(haversineMetres(village, north(500))).toBeCloseTo(500, 3);
  });

  it('a plausible check-in in the village carries no flag', () => {
    expect(plausibilityOf(base, ctx)).toEqual({ flags: [], distanceMetres: 0 });
  });

  it('no_fix: no position, and then no distance, radius or speed flag', () => {
    const r = plausibilityOf(
      { ...base, position: null, accuracyMetres: null },
      { ...ctx, previous: { position: north(50_000), serverTimeMs: T - 60_000 } },
    );
    expect(r).toEqual({ flags: ['no_fix'], distanceMetres: null });
  });

  it('low_accuracy: exactly 200 m passes, 200.1 m is flagged; 0 m or none is implausible', () => {
    expect(plausibilityOf({ ...base, accuracyMetres: PLAUSIBILITY.maxAccuracyMetres }, ctx).flags).toEqual(
      [],
    );
    expect(plausibilityOf({ ...base, accuracyMetres: 200.1 }, ctx).flags).toEqual(['low_accuracy']);
    expect(plausibilityOf({ ...base, accuracyMetres: 0 }, ctx).flags).toEqual(['low_accuracy']);
    expect(plausibilityOf({ ...base, accuracyMetres: null }, ctx).flags).toEqual(['low_accuracy']);
  });

  it('outside_radius: 999 m inside a 1,000 m radius passes, 1,001 m is flagged; a village without a location flags nothing', () => {
    expect(plausibilityOf({ ...base, position: north(999) }, ctx).flags).toEqual([]);
    const out = plausibilityOf({ ...base, position: north(1001) }, ctx);
    expect(out.flags).toEqual(['outside_radius']);
    expect(out.distanceMetres).toBeCloseTo(1001, 3);
    expect(plausibilityOf({ ...base, position: north(5000) }, { ...ctx, radiusMetres: 5001 }).flags).toEqual(
      [],
    );
    expect(plausibilityOf({ ...base, position: north(5000) }, { ...ctx, village: null })).toEqual({
      flags: [],
      distanceMetres: null,
    });
  });

  it('impossible_speed: 149 km in one hour passes, 151 km is flagged (150 km/h)', () => {
    const previous = (km: number) => ({ position: north(-km * 1000), serverTimeMs: T - 3_600_000 });
    const wide = { ...ctx, radiusMetres: 1_000_000 };
    expect(plausibilityOf(base, { ...wide, previous: previous(149) }).flags).toEqual([]);
    expect(plausibilityOf(base, { ...wide, previous: previous(151) }).flags).toEqual(['impossible_speed']);
    // Two check-ins at the same instant in two places.
    expect(
      plausibilityOf(base, { ...wide, previous: { position: north(100), serverTimeMs: T } }).flags,
    ).toEqual(['impossible_speed']);
  });

  it('clock_skew: the device 10 minutes off passes, 10 minutes and 1 ms is flagged, either way', () => {
    const off = (ms: number) => plausibilityOf({ ...base, deviceTimeMs: T + ms }, ctx).flags;
    expect(off(PLAUSIBILITY.maxClockSkewMs)).toEqual([]);
    expect(off(-PLAUSIBILITY.maxClockSkewMs)).toEqual([]);
    expect(off(PLAUSIBILITY.maxClockSkewMs + 1)).toEqual(['clock_skew']);
    expect(off(-PLAUSIBILITY.maxClockSkewMs - 1)).toEqual(['clock_skew']);
  });

  it('flags add up in a fixed order', () => {
    const r = plausibilityOf(
      { ...base, position: north(300_000), accuracyMetres: 1500, deviceTimeMs: T + 3_600_000 },
      { ...ctx, previous: { position: village, serverTimeMs: T - 3_600_000 } },
    );
    expect(r.flags).toEqual(['low_accuracy', 'outside_radius', 'impossible_speed', 'clock_skew']);
  });
});
