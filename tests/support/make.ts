import { makeIdNumber } from '../../src/domain/registry/id-number';
import { systemActor } from '../../src/server/context';
import type { CreateCadreBody } from '../../src/shared/contracts/cadres';
import type { CreateUnitBody } from '../../src/shared/contracts/units';
import type { TestApp } from './app';

// Factories for registry records (STYLE.md: each test makes its own data).

let seq = 0;

/** A valid ID number, different on every call; the 17th digit follows the gender. */
export function idNumber(
  birthDate = '1988-06-15',
  gender: 'male' | 'female' = 'male',
  region = '520121',
): string {
  seq += 1;
  const sequence = ((seq * 2) % 998) + (gender === 'male' ? 1 : 2);
  return makeIdNumber(region, birthDate, sequence);
}

let phoneSeq = 0;
export const phone = () => `1390000${String(++phoneSeq).padStart(4, '0')}`;

export function cadreBody(unitId: string, over: Partial<CreateCadreBody> = {}): CreateCadreBody {
  const birthDate = over.birthDate ?? '1988-06-15';
  const gender = over.gender ?? 'male';
  return {
    name: '张测试',
    gender,
    birthDate,
    idNumber: over.idNumber ?? idNumber(birthDate, gender),
    phone: phone(),
    unitId,
    partyStatus: 'full',
    partyJoinedOn: '2010-06-01',
    partyFullOn: '2011-06-01',
    workStartedOn: '2010-07-01',
    rank: 'section',
    strengths: ['economic'],
    ...over,
  };
}

let unitSeq = 0;

export function maker(t: TestApp) {
  const actor = systemActor('test');
  return {
    unit: (over: Partial<CreateUnitBody> = {}) =>
      t.container.services.units.create(actor, {
        name: `测试单位${++unitSeq}`,
        kind: 'county_organ',
        level: 'county',
        regionCode: '520121',
        ...over,
      }),
    cadre: (unitId: string, over: Partial<CreateCadreBody> = {}) =>
      t.container.services.cadres.create(actor, cadreBody(unitId, over)),
    pairing: (
      unitId: string,
      body: {
        kind: 'designated' | 'paired' | 'east_west';
        targetCode: string;
        from: string;
        to?: string | null;
      },
    ) => t.container.services.units.addPairing(actor, unitId, body),
  };
}
