import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';
import type { LocalisedText } from '../../../shared/errors';

// An .xlsx is a zip. Before ExcelJS (through JSZip) inflates anything, the upload's own structure is read
// here: the End Of Central Directory record (and its ZIP64 form), every central directory header and every
// local header, refusing decompression bombs, overlapping or lying entries and names no workbook has. Then each
// entry is inflated once with an output cap equal to its declared size, so a central directory that declares
// small sizes over huge data is caught after at most that many bytes — and ExcelJS, which inflates the same
// bytes, is only ever handed entries whose real sizes are the declared, bounded ones.

export interface ZipLimits {
  /** Sum of the entries' declared uncompressed sizes. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed for one entry … */
  maxRatio: number;
  /** … checked only for entries larger than this, so tiny well-compressed parts never trip it. */
  ratioFloorBytes: number;
}

export const XLSX_LIMITS: ZipLimits = {
  maxTotalBytes: 100 * 1024 * 1024,
  maxEntries: 1_000,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's (compressed) bytes start. */
  dataOffset: number;
}

/** Why an upload is not accepted as a workbook; `message` says what is wrong and what to do. */
export class ZipRefused extends Error {
  constructor(readonly userMessage: LocalisedText) {
    super(userMessage.en);
    this.name = 'ZipRefused';
  }
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const refuse = (zh: string, en: string): never => {
  throw new ZipRefused({ zh, en });
};
const corrupt = (what: string): never =>
  refuse(
    `文件不是有效的 Excel（.xlsx）压缩包（${what}），请用 Excel 另存为 .xlsx 或使用下载的导入模板`,
    `the file is not a valid Excel (.xlsx) archive (${what}); save it again as .xlsx in Excel or use the import template`,
  );

/** Parts an .xlsx (Office Open XML spreadsheet) has: everything else is refused. */
const ALLOWED_PREFIXES = ['_rels/', 'docProps/', 'xl/', 'customXml/', 'docMetadata/'];

/** Why a name is not one an .xlsx has, or undefined when it is. */
export function badEntryName(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control character';
  if (name.split('/').some((s) => s === '..' || s === '.')) return "'..' in path";
  if (name === '[Content_Types].xml') return undefined;
  if (ALLOWED_PREFIXES.some((p) => name.startsWith(p))) return undefined;
  return 'not an .xlsx part';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and checks the zip structure of an upload (pure: no I/O). Throws ZipRefused naming what is wrong,
 * or returns the entries in central directory order.
 */
export function inspectZip(buffer: Uint8Array, limits: ZipLimits = XLSX_LIMITS): ZipEntry[] {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const size = buffer.byteLength;
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const v = view.getBigUint64(at, true);
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
  };
  const notZip = () =>
    refuse(
      '文件不是 Excel（.xlsx）文件（不是 zip 压缩包），请用 Excel 另存为 .xlsx 或使用下载的导入模板',
      'the file is not an Excel (.xlsx) file (not a zip archive); save it as .xlsx in Excel or use the import template',
    );

  // End Of Central Directory: the last signature in the final 64 KiB + 22 bytes (as JSZip looks for it),
  // and its comment must end the file — a zip with trailing bytes is ambiguous, so it is refused.
  if (size < 22) notZip();
  let eocd = -1;
  for (let at = size - 22; at >= Math.max(0, size - 22 - MAX16); at--) {
    if (u32(at) === SIG_EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) notZip();
  if (eocd + 22 + u16(eocd + 20) !== size) corrupt('trailing bytes after the end record');
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) corrupt('multi-volume archive');

  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  let cdEnd = eocd;
  if (u16(eocd + 8) === MAX16 || count === MAX16 || cdSize === MAX32 || cdOffset === MAX32) {
    // ZIP64: the locator sits just before the EOCD and points at the ZIP64 EOCD, which ends right there.
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== SIG_ZIP64_LOCATOR) corrupt('ZIP64 locator missing');
    if (u32(locator + 16) > 1) corrupt('multi-volume archive');
    const z = u64(locator + 8);
    if (!(z + 56 <= locator) || u32(z) !== SIG_ZIP64_EOCD) corrupt('ZIP64 end record missing');
    if (z + 12 + u64(z + 4) !== locator) corrupt('ZIP64 end record size');
    count = u64(z + 32);
    cdSize = u64(z + 40);
    cdOffset = u64(z + 48);
    cdEnd = z;
  }
  if (count > limits.maxEntries) {
    refuse(
      `文件包含 ${count} 个压缩条目，超过上限 ${limits.maxEntries} 个，不像是正常的 Excel 文件；请用 Excel 另存为 .xlsx 后重试`,
      `the file holds ${count} archive entries, more than the ${limits.maxEntries} allowed — not a normal workbook; save it again as .xlsx in Excel`,
    );
  }
  // The central directory ends exactly where the end record starts (no prepended data, no gap).
  if (cdOffset + cdSize !== cdEnd) corrupt('central directory offset');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = cdOffset;
  while (at < cdEnd) {
    if (entries.length >= count) corrupt('more entries than declared');
    if (at + 46 > cdEnd || u32(at) !== SIG_CENTRAL) corrupt('central directory header');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const disk = u16(at + 34);
    let localHeaderOffset = u32(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cdEnd) corrupt('central directory header');
    const nameBytes = buffer.subarray(at + 46, at + 46 + nameLength);

    // Extra fields: ZIP64 sizes (0x0001) replace the saturated 32-bit ones, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(x);
      const len = u16(x + 2);
      if (x + 4 + len > at + 46 + nameLength + extraLength) corrupt('extra field');
      if (id === 0x7075) corrupt('Unicode path field');
      if (id === 0x0001) {
        let y = x + 4;
        const take = () => {
          if (y + 8 > x + 4 + len) corrupt('ZIP64 extra field');
          const v = u64(y);
          y += 8;
          return v;
        };
        if (uncompressedSize === MAX32) uncompressedSize = take();
        if (compressedSize === MAX32) compressedSize = take();
        if (localHeaderOffset === MAX32) localHeaderOffset = take();
      }
      x += 4 + len;
    }

    let name = '';
    try {
      name = utf8.decode(nameBytes);
    } catch {
      corrupt('entry name is not UTF-8');
    }
    const why = badEntryName(name);
    if (why) {
      refuse(
        `文件包含 Excel 文件不应有的条目“${name.slice(0, 80)}”（${why}），请用 Excel 另存为 .xlsx 后重试`,
        `the file holds an entry no workbook has: "${name.slice(0, 80)}" (${why}); save it again as .xlsx in Excel`,
      );
    }
    if (names.has(name)) corrupt(`entry "${name.slice(0, 80)}" appears twice`);
    names.add(name);
    if (flags & 0x0001) {
      refuse(
        '文件已加密或设置了打开密码，请取消密码后重新保存再导入',
        'the file is encrypted or password-protected; remove the password, save and upload again',
      );
    }
    if (method !== 0 && method !== 8) corrupt(`unsupported compression method ${method}`);
    if (disk !== 0) corrupt('multi-volume archive');
    if (method === 0 && compressedSize !== uncompressedSize) corrupt('stored entry sizes differ');

    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      refuse(
        `文件解压后超过 ${MB(limits.maxTotalBytes)}，请删除多余的工作表、图片或格式，或分成几个文件导入`,
        `the file unpacks to more than ${MB(limits.maxTotalBytes)}; remove extra sheets, pictures or formatting, or split it`,
      );
    }
    if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > limits.maxRatio * compressedSize) {
      refuse(
        `文件中的“${name.slice(0, 80)}”压缩比异常（${MB(uncompressedSize)} 压缩为 ${compressedSize} 字节，超过 ${limits.maxRatio} 倍），疑似压缩炸弹，已拒绝；请用 Excel 另存为 .xlsx 后重试`,
        `"${name.slice(0, 80)}" in the file is compressed more than ${limits.maxRatio} times (${MB(uncompressedSize)} in ${compressedSize} bytes), like a decompression bomb; save it again as .xlsx in Excel`,
      );
    }

    // The local header must agree with the central one: same method and name, data inside the file.
    const lh = localHeaderOffset;
    if (!(lh + 30 <= cdOffset) || u32(lh) !== SIG_LOCAL) corrupt('local header');
    if (u16(lh + 8) !== method) corrupt('local header method');
    const localNameLength = u16(lh + 26);
    if (localNameLength !== nameLength) corrupt('local header name');
    for (let i = 0; i < nameLength; i++)
      if (buffer[lh + 30 + i] !== nameBytes[i]) corrupt('local header name');
    const dataOffset = lh + 30 + nameLength + u16(lh + 28);
    if (!(dataOffset + compressedSize <= cdOffset)) corrupt('entry data outside the file');
    // Without a data descriptor (flag bit 3) the local sizes are the real ones (0xFFFFFFFF: in ZIP64 extra).
    if (!(u16(lh + 6) & 0x0008)) {
      const lc = u32(lh + 18);
      const lu = u32(lh + 22);
      if (
        u32(lh + 14) !== crc ||
        (lc !== MAX32 && lc !== compressedSize) ||
        (lu !== MAX32 && lu !== uncompressedSize)
      )
        corrupt('local and central sizes differ');
    }
    entries.push({
      name,
      method: method as 0 | 8,
      crc32: crc,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      dataOffset,
    });
    at = next;
  }
  if (at !== cdEnd || entries.length !== count) corrupt('entry count');

  // Entries must not share bytes (overlapping entries make a small file inflate many times over).
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    if (prev.dataOffset + prev.compressedSize > byOffset[i]!.localHeaderOffset)
      corrupt('overlapping entries');
  }
  return entries;
}

const inflate = promisify(inflateRaw);

/**
 * Inflates every entry once with an output cap of its declared size and checks size and CRC: a central
 * directory that understates sizes is caught after at most the declared (bounded) number of bytes.
 */
export async function verifyEntries(buffer: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  for (const e of entries) {
    const data = buffer.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let out: Uint8Array = data;
    if (e.method === 8) {
      try {
        out = await inflate(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          refuse(
            `文件中的“${e.name.slice(0, 80)}”解压后比声明的 ${e.uncompressedSize} 字节更大（压缩目录与内容不符），已拒绝；请用 Excel 另存为 .xlsx 后重试`,
            `"${e.name.slice(0, 80)}" in the file unpacks to more than its declared ${e.uncompressedSize} bytes (the directory lies about it); save it again as .xlsx in Excel`,
          );
        }
        corrupt(`"${e.name.slice(0, 80)}" cannot be unpacked`);
      }
    }
    if (out.byteLength !== e.uncompressedSize || crc32(out) !== e.crc32) {
      corrupt(`"${e.name.slice(0, 80)}" does not match its declared size or checksum`);
    }
  }
}

/** Refuses an upload that is not a plausible, bounded .xlsx zip before anything else inflates it. */
export async function guardXlsx(buffer: Uint8Array, limits: ZipLimits = XLSX_LIMITS): Promise<void> {
  let entries: ZipEntry[] = [];
  try {
    entries = inspectZip(buffer, limits);
  } catch (e) {
    // A field pointing outside the buffer is a corrupt file, not a server error.
    if (e instanceof RangeError) corrupt('a field points outside the file');
    throw e;
  }
  await verifyEntries(buffer, entries);
}
