import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { type Severity, useRuleCatalogue } from '../api/policy';
import { useT } from '../app/i18n';

export const severityColors: Record<Severity, string> = { block: 'red', warn: 'orange', info: 'blue' };

export const severityLabels: Record<Severity, { zh: string; en: string }> = {
  block: { zh: '禁止', en: 'Block' },
  warn: { zh: '须说明理由', en: 'Warning' },
  info: { zh: '提示', en: 'Hint' },
};

/**
 * A rule id as a tag that opens the rule's page (clause and document), coloured by severity — the one
 * given (a finding's) or the rule's own — with the rule's title on hover.
 */
export function RuleTag({ ruleId, severity }: { ruleId: string; severity?: Severity | null }) {
  const { l } = useT();
  const catalogue = useRuleCatalogue();
  const rule = catalogue.data?.get(ruleId);
  const level = severity ?? rule?.severity ?? null;
  const tag = (
    <Tag
      color={level ? severityColors[level] : 'default'}
      style={{ marginInlineEnd: 0, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
    >
      <Link to={`/rules/${encodeURIComponent(ruleId)}`} style={{ color: 'inherit' }}>
        {ruleId}
      </Link>
    </Tag>
  );
  return rule ? <Tooltip title={l(rule.title)}>{tag}</Tooltip> : tag;
}
