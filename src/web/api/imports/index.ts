import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportKind, ImportMode, ImportReport } from '../../../shared/contracts/imports';
import type { Lang } from '../../../shared/errors';
import type { QueryParams } from '../../app/http';
import { cadreKeys } from '../cadres';
import { unitKeys } from '../units';
import { villageKeys } from '../villages';
import { downloadFile, type Progress, uploadFile } from './transfer';

export type { ImportKind, ImportMode, ImportReport, Progress };
export type ImportProblem = ImportReport['errors'][number];

export const importKinds: readonly ImportKind[] = ['cadres', 'units', 'villages'];

const templateNames: Record<ImportKind, string> = {
  cadres: '干部导入模板.xlsx',
  units: '派出单位导入模板.xlsx',
  villages: '村情信息导入模板.xlsx',
};

/** The import template of a kind, with its drop-downs and instructions sheet. */
export const downloadTemplate = (kind: ImportKind, lang: Lang, onProgress?: (p: Progress) => void) =>
  downloadFile(`/api/imports/${kind}/template.xlsx`, templateNames[kind], { lang, onProgress });

const exportNames: Record<ImportKind, string> = {
  cadres: '干部花名册.xlsx',
  units: '派出单位.xlsx',
  villages: '村情信息.xlsx',
};

/** The workbook of a filtered list (the list's own filters, without paging). */
export const downloadExport = (
  kind: ImportKind,
  filters: QueryParams,
  lang: Lang,
  onProgress?: (p: Progress) => void,
) => {
  const { page: _page, pageSize: _pageSize, ...query } = filters;
  return downloadFile(`/api/${kind}.xlsx`, exportNames[kind], { query, lang, onProgress });
};

export interface ImportRun {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  mode: ImportMode;
  lang: Lang;
  onProgress?: (p: Progress) => void;
}

/**
 * Uploads a filled workbook. A dry run only reports; otherwise the rows are written, all or nothing, or only
 * the valid ones — and the lists of that kind are fetched again.
 */
export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file, dryRun, mode, lang, onProgress }: ImportRun) =>
      uploadFile<ImportReport>(`/api/imports/${kind}`, file, file.name, {
        query: { dryRun: dryRun ? 'true' : undefined, mode: mode === 'valid-only' ? mode : undefined },
        lang,
        onProgress,
      }),
    onSuccess: (report, { kind }) => {
      if (report.dryRun || report.ok === 0) return;
      const keys = { cadres: cadreKeys.all, units: unitKeys.all, villages: villageKeys.all }[kind];
      return queryClient.invalidateQueries({ queryKey: keys });
    },
  });
}
