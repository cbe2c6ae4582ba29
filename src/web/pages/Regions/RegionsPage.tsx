import { Button, Card, Col, Flex, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { NATIONAL, type RegionLevel, regionLevelLabels, regionLevels } from '../../../shared/dictionaries';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { RegionDetail } from './RegionDetail';
import { RegionSearchResults } from './RegionSearchResults';
import { RegionTree } from './RegionTree';
import styles from './regions.module.css';

export default function RegionsPage() {
  const { t, l } = useT();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  // A user whose scope is one region (a county office) starts there rather than at the provinces.
  const home =
    session.scope.regions.length === 1 && session.scope.regions[0] !== NATIONAL
      ? session.scope.regions[0]
      : undefined;
  const selected = params.get('code') ?? home;
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<RegionLevel | undefined>();
  const [page, setPage] = useState(1);

  const select = (code: string) => setParams({ code });
  const search = (value: string) => {
    setQ(value.trim());
    setPage(1);
  };
  const clearSearch = () => {
    setDraft('');
    setQ('');
  };

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="400px" style={{ minWidth: 0 }}>
        <Card title={q ? t('regions.search') : t('regions.tree')} styles={{ body: { paddingTop: 12 } }}>
          <Flex gap={8} style={{ marginBottom: 12 }}>
            <Input.Search
              aria-label={t('regions.search')}
              placeholder={t('regions.searchPlaceholder')}
              allowClear
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
                if (!e.target.value) setQ('');
              }}
              onSearch={search}
              maxLength={50}
            />
            <Select<RegionLevel>
              aria-label={t('regions.searchLevel')}
              allowClear
              placeholder={t('regions.allLevels')}
              value={level}
              onChange={(v) => {
                setLevel(v);
                setPage(1);
              }}
              style={{ width: 110, flexShrink: 0 }}
              options={regionLevels.map((lv) => ({ value: lv, label: l(regionLevelLabels[lv]) }))}
            />
          </Flex>
          <div className={styles.treePane}>
            {q ? (
              <>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, marginBottom: 8 }}
                  onClick={clearSearch}
                >
                  ‹ {t('regions.backToTree')}
                </Button>
                <RegionSearchResults
                  q={q}
                  level={level}
                  page={page}
                  onPage={setPage}
                  selected={selected}
                  onSelect={select}
                />
              </>
            ) : null}
            <div hidden={Boolean(q)}>
              <RegionTree selected={selected} onSelect={select} />
            </div>
          </div>
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <RegionDetail code={selected} onSelect={select} />
      </Col>
    </Row>
  );
}
