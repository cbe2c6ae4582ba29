import { Flex, Tag, Typography } from 'antd';
import { type Strength, strengthLabels } from '../../../shared/dictionaries';
import type { CadreView } from '../../api/cadres';
import { useT } from '../../app/i18n';

const strengthColors: Record<Strength, string> = { party_mass: 'red', economic: 'gold', social: 'blue' };

export function StrengthTags({ strengths }: { strengths: readonly Strength[] }) {
  const { l } = useT();
  if (strengths.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {strengths.map((s) => (
        <Tag key={s} color={strengthColors[s]} style={{ marginInlineEnd: 0 }}>
          {l(strengthLabels[s])}
        </Tag>
      ))}
    </Flex>
  );
}

/** The yes/no attributes a cadre has (后备干部, 农村工作经验…), as tags; nothing when none. */
export function CadreMarks({ cadre }: { cadre: CadreView }) {
  const { l } = useT();
  const marks = [
    cadre.reserveCadre && l({ zh: '后备干部', en: 'Reserve cadre' }),
    cadre.young && l({ zh: '列入年轻干部', en: 'On the young-cadre list' }),
    cadre.ruralExperience && l({ zh: '农村工作经验', en: 'Rural experience' }),
    cadre.agriExpertise && l({ zh: '涉农专业技术', en: 'Agricultural expertise' }),
    cadre.steppedDownForAge && l({ zh: '因年龄退出领导岗位', en: 'Stepped down for age' }),
  ].filter((m): m is string => Boolean(m));
  if (marks.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {marks.map((m) => (
        <Tag key={m} style={{ marginInlineEnd: 0 }}>
          {m}
        </Tag>
      ))}
    </Flex>
  );
}
