import type { LocalisedText } from '../../../shared/errors';

/** The actions the server writes today (src/server/modules/*), in words; unknown ones show as written. */
export const actionLabels: Record<string, LocalisedText> = {
  'session.sign_in': { zh: '登录', en: 'Sign in' },
  'session.sign_in_failed': { zh: '登录失败', en: 'Failed sign-in' },
  'session.sign_out': { zh: '退出登录', en: 'Sign out' },
  'session.account_locked': { zh: '密码多次错误，账号锁定', en: 'Account locked after wrong passwords' },
  'user.change_password_failed': {
    zh: '修改本人密码时当前密码错误',
    en: 'Wrong current password when changing one’s own',
  },
  'cadre.reveal_id': { zh: '查看完整身份证号', en: 'Reveal an ID number' },
  'cadre.reveal_phone': { zh: '查看完整电话号码', en: 'Reveal a phone number' },
  'system.backup': { zh: '备份数据库', en: 'Back up the database' },
  'system.restore': { zh: '恢复数据库', en: 'Restore the database' },
  'user.create': { zh: '创建用户', en: 'Create user' },
  'user.update': { zh: '修改用户', en: 'Change user' },
  'user.change_password': { zh: '修改本人密码', en: 'Change own password' },
  'user.reset_password': { zh: '重置用户密码', en: 'Reset a password' },
  'demo.seed': { zh: '导入演示数据', en: 'Seed demo data' },
};

export const entityTypeLabels: Record<string, LocalisedText> = {
  user: { zh: '用户', en: 'User' },
  session: { zh: '会话', en: 'Session' },
  demo: { zh: '演示数据', en: 'Demo data' },
};
