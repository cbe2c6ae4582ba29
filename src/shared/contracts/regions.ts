import { z } from 'zod';
import { regionLevels } from '../dictionaries';
import { listOf, pageQuery, regionCode } from './common';

export const regionLevel = z.enum(regionLevels);

export const region = z.object({
  code: z.string(),
  name: z.string(),
  level: regionLevel,
  parentCode: z.string().nullable(),
  hasChildren: z.boolean().optional(),
});
export type Region = z.infer<typeof region>;

export const pathItem = z.object({ code: z.string(), name: z.string() });

export const regionWithPath = region.extend({ path: z.array(pathItem) });
export type RegionWithPath = z.infer<typeof regionWithPath>;

export const regionListQuery = pageQuery.extend({
  level: regionLevel.optional(),
  parent: regionCode.optional(),
});

export const regionSearchQuery = pageQuery.extend({
  q: z.string().trim().min(1).max(50),
  level: regionLevel.optional(),
  within: regionCode.optional(),
});

export const regionList = listOf(region);
export const regionSearchList = listOf(regionWithPath);
export const regionParams = z.object({ code: regionCode });
