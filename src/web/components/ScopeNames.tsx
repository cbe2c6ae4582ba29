import { NATIONAL } from '../../shared/dictionaries';
import type { SessionInfo } from '../api/session';
import type { Translator } from '../app/i18n';
import { useT } from '../app/i18n';

/** A session's scope in words: 全国, or the names of its regions, and how many units. */
export function scopeText(session: Pick<SessionInfo, 'scope' | 'scopeNames'>, t: Translator['t']): string {
  const parts: string[] = [];
  if (session.scope.regions.includes(NATIONAL)) parts.push(t('scope.national'));
  else {
    const names = new Map(session.scopeNames.map((n) => [n.code, n.name]));
    parts.push(...session.scope.regions.map((code) => names.get(code) ?? code));
  }
  if (session.scope.units.length > 0) parts.push(t('scope.units', { n: session.scope.units.length }));
  return parts.length ? parts.join('、') : t('scope.none');
}

export function ScopeNames({ session }: { session: Pick<SessionInfo, 'scope' | 'scopeNames'> }) {
  const { t } = useT();
  return <>{scopeText(session, t)}</>;
}
