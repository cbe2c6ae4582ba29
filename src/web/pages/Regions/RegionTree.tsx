import { CaretDownFilled, LoadingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Skeleton, Tree, type TreeDataNode } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadChildren, type Region, useRegionRoots } from '../../api/regions';
import { useT } from '../../app/i18n';

interface RegionNode extends TreeDataNode {
  'data-code': string;
}

/** 520121106001 → ['52', '5201', '520121', '520121106'] */
const ancestorsOf = (code: string) =>
  [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));

/**
 * The region tree, loaded lazily: the provinces the user can see, then each node's children when it is
 * expanded (villages included). Selecting a node from elsewhere (search, the detail panel) opens its ancestors.
 */
export function RegionTree({ selected, onSelect }: { selected?: string; onSelect: (code: string) => void }) {
  const { t } = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const roots = useRegionRoots();
  const [children, setChildren] = useState<ReadonlyMap<string, Region[]>>(new Map());
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const container = useRef<HTMLDivElement>(null);

  const treeData = useMemo(() => {
    const build = (regions: Region[]): RegionNode[] =>
      regions.map((r) => {
        const kids = children.get(r.code);
        return {
          key: r.code,
          title: r.name,
          'data-code': r.code,
          isLeaf: r.hasChildren === false || (kids !== undefined && kids.length === 0),
          ...(kids ? { children: build(kids) } : {}),
        };
      });
    return build(roots.data ?? []);
  }, [roots.data, children]);

  useEffect(() => {
    if (!selected) return;
    const ancestors = ancestorsOf(selected);
    setExpandedKeys((keys) =>
      ancestors.every((a) => keys.includes(a)) ? keys : [...new Set([...keys, ...ancestors])],
    );
  }, [selected]);

  // Once per selection, as soon as its node is rendered (its ancestors may still be loading).
  const scrolledTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selected || scrolledTo.current === selected || treeData.length === 0) return;
    const node = container.current?.querySelector(`[data-code="${selected}"]`);
    if (!node) return;
    node.scrollIntoView({ block: 'nearest' });
    scrolledTo.current = selected;
  }, [selected, treeData]);

  const loadData = async (node: TreeDataNode) => {
    const code = String(node.key);
    try {
      const items = await loadChildren(queryClient, code);
      setChildren((map) => new Map(map).set(code, items));
      setLoadedKeys((keys) => [...keys, code]);
    } catch (e) {
      message.error(`${t('regions.treeLoadFailed')}：${e instanceof Error ? e.message : String(e)}`);
      setExpandedKeys((keys) => keys.filter((k) => k !== code));
    }
  };

  if (roots.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (roots.isError) return <Alert type="error" showIcon title={roots.error.message} />;

  return (
    <div ref={container}>
      <Tree<RegionNode>
        blockNode
        treeData={treeData}
        loadData={loadData}
        loadedKeys={loadedKeys}
        expandedKeys={expandedKeys}
        // Keys of nodes not loaded yet (the ancestors of a region chosen elsewhere) must stay expanded.
        autoExpandParent={false}
        defaultExpandParent={false}
        onExpand={(keys) => setExpandedKeys(keys.map(String))}
        selectedKeys={selected ? [selected] : []}
        onSelect={(_keys, info) => {
          const code = String(info.node.key);
          onSelect(code);
          if (!info.node.isLeaf) setExpandedKeys((keys) => (keys.includes(code) ? keys : [...keys, code]));
        }}
        switcherIcon={<CaretDownFilled aria-hidden />}
        switcherLoadingIcon={<LoadingOutlined aria-hidden />}
        showIcon={false}
      />
    </div>
  );
}
