import type { CatalogueEntry } from '../../api/settings';
import { formatNumber } from '../../app/format';
import { dayText } from '../../components/CalendarDay';

type Text = { zh: string; en: string };
type Lang = 'zh' | 'en';

/** The level of a settings region by its code: 2 digits a province, 4 a city, 6 a county. */
export type SettingLevel = CatalogueEntry['lowest'];
export const settingLevelOf = (code: string): SettingLevel | undefined =>
  (({ 2: 'province', 4: 'city', 6: 'county' }) as const)[code.length as 2 | 4 | 6];

export const settingLevelLabels: Record<SettingLevel, Text> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

/** Who may set a key, from the lowest level the catalogue allows (RULES.md "Provincial parameters"). */
export const settableByLabels: Record<SettingLevel, Text> = {
  province: { zh: '仅省级可设置', en: 'Set by the province only' },
  city: { zh: '省、市级可设置', en: 'Set by the province or a city' },
  county: { zh: '省、市、县级可设置', en: 'Set by the province, a city or a county' },
};

/** A parameter's value in words: 20 天, 是/否, an option's label. */
export function valueText(entry: CatalogueEntry | undefined, value: unknown, lang: Lang): string {
  if (typeof value === 'boolean') return value ? (lang === 'zh' ? '是' : 'Yes') : lang === 'zh' ? '否' : 'No';
  if (typeof value === 'number') {
    const unit = entry?.unit?.[lang];
    const n = formatNumber(value, lang);
    return unit ? `${n}${unit === '%' ? '' : ' '}${unit}` : n;
  }
  if (typeof value === 'string') return entry?.optionLabels?.[value]?.[lang] ?? value;
  return String(value);
}

/** Where a value in force came from: the national default, or a province, city or county from a date. */
export function sourceText(
  source: { sourceRegion: string | null; sourceRegionName: string | null; effectiveFrom: string | null },
  lang: Lang,
): { level: Text; detail: string | null } {
  if (source.sourceRegion === null) {
    return { level: { zh: '全国默认值', en: 'National default' }, detail: null };
  }
  const level = settingLevelOf(source.sourceRegion);
  const name = source.sourceRegionName ?? source.sourceRegion;
  const from = source.effectiveFrom ? dayText(source.effectiveFrom, lang) : null;
  return {
    level: level ? settingLevelLabels[level] : { zh: '地方', en: 'Local' },
    detail:
      lang === 'zh'
        ? `${name}${from ? `，自${from}起施行` : ''}`
        : `${name}${from ? `, in force from ${from}` : ''}`,
  };
}
