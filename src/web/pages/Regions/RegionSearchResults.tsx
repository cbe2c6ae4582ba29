import { Alert, Empty, Flex, Pagination, Skeleton, Tag, Typography } from 'antd';
import { type RegionLevel, regionLevelLabels } from '../../../shared/dictionaries';
import { joinPath, useRegionSearch } from '../../api/regions';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import styles from './regions.module.css';

const PAGE_SIZE = 10;

/** Regions whose name contains the query, each with its full path (贵州省 › 贵阳市 › 开阳县 › 双流镇 › …). */
export function RegionSearchResults(props: {
  q: string;
  level?: RegionLevel;
  page: number;
  onPage: (page: number) => void;
  selected?: string;
  onSelect: (code: string) => void;
}) {
  const { q, level, page, onPage, selected, onSelect } = props;
  const { t, l, lang } = useT();
  const search = useRegionSearch(q, { level, page, pageSize: PAGE_SIZE });

  if (search.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (search.isError) return <Alert type="error" showIcon title={search.error.message} />;
  const { items, total } = search.data;
  if (total === 0) return <Empty description={t('regions.noResults', { q })} />;

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {t('regions.searchResults', { n: formatNumber(total, lang) })}
      </Typography.Text>
      <ul className={styles.results} aria-label={t('regions.searchResults', { n: total })}>
        {items.map((r) => (
          <li key={r.code}>
            <button
              type="button"
              className={styles.result}
              aria-current={r.code === selected ? 'true' : undefined}
              onClick={() => onSelect(r.code)}
            >
              <Flex align="center" gap={6}>
                <Typography.Text strong>{r.name}</Typography.Text>
                <Tag style={{ marginInlineEnd: 0 }}>{l(regionLevelLabels[r.level])}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 'auto' }}>
                  {r.code}
                </Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {joinPath(r.path)}
              </Typography.Text>
            </button>
          </li>
        ))}
      </ul>
      {total > PAGE_SIZE && (
        <Pagination
          size="small"
          simple
          current={page}
          pageSize={PAGE_SIZE}
          total={total}
          onChange={onPage}
          style={{ alignSelf: 'center' }}
        />
      )}
    </Flex>
  );
}
