import { describe, expect, it } from 'vitest';
import { roles } from './dictionaries';
import { can, capabilities, capabilitiesOf, permissions, requireCapability, rolesFor } from './permissions';

describe('the permission table (issue 9 groundwork 3)', () => {
  it('names known roles and a scope rule for every capability', () => {
    for (const c of capabilities) {
      expect(rolesFor(c).length, c).toBeGreaterThan(0);
      for (const r of rolesFor(c)) expect(roles, c).toContain(r);
      expect(permissions[c].scope.length, c).toBeGreaterThan(5);
    }
  });

  it('gives the system administrator no personnel decision (P21.3-file, P21.3-decide, P17.5.3-recall)', () => {
    for (const c of [
      'nominations.check',
      'nominations.file',
      'nominations.decide',
      'recalls.confirm',
    ] as const) {
      expect(can(['sys_admin'], c), c).toBe(false);
    }
    expect(can(['sys_admin'], 'nominations.correct')).toBe(true);
    expect(can(['sys_admin'], 'recalls.correct')).toBe(true);
  });

  it('answers for role lists, users and sessions alike, and refuses with who may', () => {
    expect(can({ roles: ['unit_committee'] }, 'nominations.decide')).toBe(true);
    expect(can(null, 'audit.read')).toBe(false);
    expect(capabilitiesOf(['inspector'])).toEqual([
      'audit.read',
      'teams.board',
      'attendance.read',
      'verifications.record',
      'workLogs.read',
      'villageTasks.read',
      'reports.read',
      'meetings.read',
      'discipline.read',
      'handover.read',
      'assessment.read',
    ]);
    expect(() =>
      requireCapability({ roles: ['inspector'] }, 'recalls.confirm', {
        zh: '确认召回',
        en: 'confirm recalls',
      }),
    ).toThrow(
      /Only Dispatching unit party committee, Dispatching unit personnel department can confirm recalls/,
    );
  });
});
