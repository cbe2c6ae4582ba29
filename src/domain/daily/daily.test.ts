import { describe, expect, it } from 'vitest';
import { heldWithin, lastFullQuarterBefore, mayReadNotes, quarterOf, talkDue, talkWindowStart } from '.';

describe('quarters (P17.4.2-meeting)', () => {
  it('finds the quarter of a date', () => {
    expect(quarterOf('2026-02-28')).toEqual({ id: '2026Q1', from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-12-31')).toEqual({ id: '2026Q4', from: '2026-10-01', to: '2026-12-31' });
  });
  it('P17.4.2-meeting: the last full quarter before 2026-10-01 is Q3; before 2026-09-30 it is still Q2', () => {
    expect(lastFullQuarterBefore('2026-10-01').id).toBe('2026Q3');
    expect(lastFullQuarterBefore('2026-09-30').id).toBe('2026Q2');
    expect(lastFullQuarterBefore('2026-01-01')).toEqual({
      id: '2025Q4',
      from: '2025-10-01',
      to: '2025-12-31',
    });
  });
  it('P17.4.2-meeting: a meeting on the quarter’s last day counts, the next quarter’s first day does not', () => {
    const q3 = quarterOf('2026-08-15');
    expect(heldWithin('2026-09-30', q3)).toBe(true);
    expect(heldWithin('2026-07-01', q3)).toBe(true);
    expect(heldWithin('2026-10-01', q3)).toBe(false);
    expect(heldWithin('2026-06-30', q3)).toBe(false);
  });
});

describe('talks (P21.6-talk)', () => {
  it('P21.6-talk: a talk exactly the interval ago still counts; a day earlier is due', () => {
    expect(talkWindowStart('2026-10-15', 6)).toBe('2026-04-15');
    expect(talkDue('2026-04-15', '2026-10-15', 6)).toBe(false);
    expect(talkDue('2026-04-14', '2026-10-15', 6)).toBe(true);
    expect(talkDue(null, '2026-10-15', 6)).toBe(true);
  });
  it('P21.6-talk: notes only for the talker’s office and the organisation department', () => {
    const talk = { office: 'township', officeRegion: '520121101', officeUnitId: null, talkerUserId: 'u1' };
    const reader = (over: Partial<Parameters<typeof mayReadNotes>[0]>) => ({
      userId: 'x',
      roles: [] as string[],
      national: false,
      regions: [] as string[],
      units: [] as string[],
      ...over,
    });
    const village = '520121101200';
    expect(mayReadNotes(reader({ userId: 'u1' }), talk, village)).toBe(true);
    expect(mayReadNotes(reader({ roles: ['township'], regions: ['520121101'] }), talk, village)).toBe(true);
    expect(mayReadNotes(reader({ roles: ['township'], regions: ['520121102'] }), talk, village)).toBe(false);
    expect(mayReadNotes(reader({ roles: ['leading_group'], regions: ['520121'] }), talk, village)).toBe(
      false,
    );
    expect(mayReadNotes(reader({ roles: ['org_admin'], regions: ['520121'] }), talk, village)).toBe(true);
    expect(mayReadNotes(reader({ roles: ['org_admin'], regions: ['110101'] }), talk, village)).toBe(false);
    expect(mayReadNotes(reader({ roles: ['sys_admin'], national: true }), talk, village)).toBe(false);
  });
});
