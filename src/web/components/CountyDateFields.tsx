import { Flex, Typography } from 'antd';
import type { SessionInfo } from '../api/session';
import { useT } from '../app/i18n';
import { ScopedRegionSelect } from './ScopedRegionSelect';
import { SelectionDatePicker } from './SelectionDatePicker';

/** The county and date fields every county workspace starts with (planning, team board, matching). */
export function CountyDateFields(props: {
  session: SessionInfo;
  county: string | undefined;
  onCounty: (code: string | undefined) => void;
  dateLabel: { zh: string; en: string };
  date: string | undefined;
  onDate: (date: string | undefined) => void;
}) {
  const { l } = useT();
  const countyLabel = l({ zh: '县（市、区）', en: 'County' });
  return (
    <>
      <Flex align="center" gap={8}>
        <Typography.Text>{countyLabel}</Typography.Text>
        <ScopedRegionSelect
          aria-label={countyLabel}
          session={props.session}
          level="county"
          value={props.county}
          onChange={props.onCounty}
          placeholder={l({ zh: '输入县名搜索', en: 'Type a county name' })}
        />
      </Flex>
      <Flex align="center" gap={8}>
        <Typography.Text>{l(props.dateLabel)}</Typography.Text>
        <SelectionDatePicker aria-label={l(props.dateLabel)} value={props.date} onChange={props.onDate} />
      </Flex>
    </>
  );
}
