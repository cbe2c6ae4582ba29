import { expect } from 'vitest';
import { townshipOf } from '../../src/domain/regions/code';
import { createTestApp, type TestApp, type TestUser } from './app';
import { type Decided, selectionFactory, villagePool } from './selection-factory';

/** A first secretary on post in a village of 开阳县 since 2025-06-01, with its own account and its township's. */
export interface Stationed extends Decided {
  village: string;
  assignmentId: string;
  cadre: TestUser;
  town: TestUser;
}

/**
 * The attendance suites' world (issue 10): a test app, the county's organisation department, and
 * `stationed()`, which places a new first secretary in the next free village and signs in as it and as
 * its township.
 */
export async function attendanceFixture(): Promise<{
  t: TestApp;
  county: TestUser;
  nextVillage: () => string;
  stationed: () => Promise<Stationed>;
}> {
  const t = await createTestApp();
  const f = selectionFactory(t);
  const county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  const nextVillage = await villagePool(t);
  async function stationed(): Promise<Stationed> {
    const village = nextVillage();
    const d = await f.decided(village, { need: { members: 0 } });
    const res = await county.post('/api/assignments', {
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2025-06-01',
      plannedEndOn: '2027-06-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const cadre = await t.user({ roles: ['cadre'], cadreId: d.cadreId });
    const town = await t.user({ roles: ['township'], regions: [townshipOf(village)] });
    return { ...d, village, assignmentId: res.json().assignment.id as string, cadre, town };
  }
  return { t, county, nextVillage, stationed };
}
