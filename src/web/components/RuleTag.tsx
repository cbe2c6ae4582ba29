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
 * A rule as a tag that opens the rule's page (clause and document), coloured by severity — the one given
 * (a finding's) or the rule's own: its title in words first, the id beside it (issue 9: rule codes are not
 * labels). `compact` shows the id only (narrow places that show the title elsewhere), with the title on hover.
 */
export function RuleTag({
  ruleId,
  severity,
  compact = false,
}: {
  ruleId: string;
  severity?: Severity | null;
  compact?: boolean;
}) {
  const { l } = useT();
  const catalogue = useRuleCatalogue();
  const rule = catalogue.data?.get(ruleId);
  const level = severity ?? rule?.severity ?? null;
  const id = (
    <span
      style={{
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        fontSize: '0.85em',
        opacity: 0.8,
      }}
    >
      {ruleId}
    </span>
  );
  const tag = (
    <Tag
      color={level ? severityColors[level] : 'default'}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' }}
    >
      <Link to={`/rules/${encodeURIComponent(ruleId)}`} style={{ color: 'inherit' }}>
        {rule && !compact ? (
          <>
            {l(rule.title)} {id}
          </>
        ) : (
          id
        )}
      </Link>
    </Tag>
  );
  return rule && compact ? <Tooltip title={l(rule.title)}>{tag}</Tooltip> : tag;
}
