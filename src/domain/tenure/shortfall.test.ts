import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../time/iso-date';
import { holdingPlaces, onPostSummary, shortfallOf, staffingOn } from './shortfall';
import { ROTATION_WINDOW_DAYS } from './team';
import type { Term } from './terms';

let seq = 0;
const term = (over: Partial<Term> & { startOn: IsoDate; plannedEndOn: IsoDate }): Term => ({
  id: `s${++seq}`,
  teamRole: 'member',
  endOn: null,
  endReason: null,
  ...over,
});
const fsTeam = { firstSecretary: true, members: 2 };

describe('what is on post and what a need still lacks (clerk finding 1)', () => {
  const fs = term({ teamRole: 'first_secretary', startOn: '2025-06-01', plannedEndOn: '2027-05-31' });
  const m1 = term({ startOn: '2025-06-01', plannedEndOn: '2027-05-31' });
  const m2 = term({ startOn: '2025-06-01', plannedEndOn: '2026-04-30' });

  it('shows who is on post on the date and until when the team holds as it is', () => {
    expect(onPostSummary([fs, m1, m2], '2026-03-02')).toEqual({
      firstSecretary: true,
      members: 2,
      until: '2026-04-30',
    });
    expect(onPostSummary([fs, m1, m2], '2025-05-31')).toEqual({
      firstSecretary: false,
      members: 0,
      until: null,
    });
  });

  it('proposes nothing for a full team serving beyond the window (P21.2-scope)', () => {
    expect(shortfallOf(fsTeam, [fs, m1, { ...m2, plannedEndOn: '2027-05-31' }], '2026-03-02')).toEqual({
      firstSecretary: false,
      members: 0,
    });
  });

  it('counts a member leaving within the rotation window as short (P21.5-rotate)', () => {
    // m2 leaves 2026-04-30, within 90 days of 2026-03-02
    expect(staffingOn(fsTeam, [fs, m1, m2], '2026-03-02').shortfall).toEqual({
      firstSecretary: false,
      members: 1,
    });
  });

  it('does not propose a first secretary whose predecessor serves more than the window, and does at the window (P21.5-rotate)', () => {
    const last = fs.plannedEndOn;
    const exactly = '2027-03-02' as IsoDate; // 90 days before 2027-05-31
    expect(holdingPlaces([fs], exactly).map((t) => t.id)).toEqual([fs.id]);
    expect(shortfallOf(fsTeam, [fs], exactly).firstSecretary).toBe(false);
    expect(shortfallOf(fsTeam, [fs], '2027-03-03').firstSecretary).toBe(true);
    expect(ROTATION_WINDOW_DAYS).toBe(90);
    expect(last).toBe('2027-05-31');
  });

  it('counts a successor already assigned to start within the window, and not a recalled cadre', () => {
    const successor = term({
      teamRole: 'first_secretary',
      startOn: '2027-05-25',
      plannedEndOn: '2029-05-24',
    });
    expect(shortfallOf(fsTeam, [fs, successor, m1, m1], '2027-03-03').firstSecretary).toBe(false);
    const recalled = { ...m1, endOn: '2026-01-31' as IsoDate, endReason: 'recalled' as const };
    expect(shortfallOf(fsTeam, [fs, recalled], '2026-03-02')).toEqual({ firstSecretary: false, members: 2 });
  });
});
