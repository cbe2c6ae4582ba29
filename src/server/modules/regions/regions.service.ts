import { ancestorsOf } from '../../../domain/access/scope';
import type { Region, RegionWithPath } from '../../../shared/contracts/regions';
import { levelFromNumber, levelToNumber, type RegionLevel } from '../../../shared/dictionaries';
import { notFound } from '../../../shared/errors';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { RegionRecord, RegionRepository } from './regions.repository';

const REGION = { zh: '行政区划', en: 'region' };

interface Page {
  page: number;
  pageSize: number;
}

export function createRegionService(deps: { db: Db; regions: RegionRepository }) {
  const { db, regions } = deps;

  async function present(rows: RegionRecord[]): Promise<Region[]> {
    const parents = await regions.withChildren(
      db,
      rows.filter((r) => r.level < 5).map((r) => r.code),
    );
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: levelFromNumber(r.level),
      parentCode: r.parentCode,
      hasChildren: parents.has(r.code),
    }));
  }

  async function withPaths(rows: Region[]): Promise<RegionWithPath[]> {
    const names = await regions.names(db, [...new Set(rows.flatMap((r) => ancestorsOf(r.code)))]);
    return rows.map((r) => ({
      ...r,
      path: [
        ...ancestorsOf(r.code)
          .filter((c) => names.has(c))
          .map((c) => ({ code: c, name: names.get(c)! })),
        { code: r.code, name: r.name },
      ],
    }));
  }

  return {
    async list(actor: Actor, query: Page & { level?: RegionLevel; parent?: string }) {
      const { items, total } = await regions.list(
        db,
        actor.scope,
        {
          ...(query.level ? { level: levelToNumber(query.level) } : {}),
          ...(query.parent ? { parent: query.parent } : {}),
        },
        query,
      );
      return { items: await present(items), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, code: string): Promise<RegionWithPath> {
      const row = await regions.find(db, actor.scope, code);
      if (!row) throw notFound(REGION);
      const [presented] = await withPaths(await present([row]));
      return presented!;
    },

    async children(actor: Actor, code: string, page: Page) {
      if (!(await regions.find(db, actor.scope, code))) throw notFound(REGION);
      const { items, total } = await regions.list(db, actor.scope, { parent: code }, page);
      return { items: await present(items), total, page: page.page, pageSize: page.pageSize };
    },

    async search(actor: Actor, query: Page & { q: string; level?: RegionLevel; within?: string }) {
      const { items, total } = await regions.list(
        db,
        actor.scope,
        {
          nameLike: query.q,
          ...(query.level ? { level: levelToNumber(query.level) } : {}),
          ...(query.within ? { within: query.within } : {}),
        },
        query,
      );
      return {
        items: await withPaths(await present(items)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}
export type RegionService = ReturnType<typeof createRegionService>;
