// CJK fonts for PDFs, from the npm package @fontsource/noto-sans-sc (SIL Open Font License 1.1), so a fresh
// machine prints Chinese after `npm install` without any system font. The package's "chinese-simplified"
// file (about 7,900 characters: GB 2312 and more, Latin, digits, full-width punctuation) is the main font;
// a character it lacks (a rare one in a name, 淏, 僰…) is looked up in the package's unicode-range slices
// (unicode.json) and drawn with that slice. pdfkit embeds only the glyphs used (a subset), so a one-page form
// is tens of kilobytes, not the font's megabytes.
//
// The package ships WOFF; fontkit inflates a WOFF table again on every read (each glyph re-inflates `glyf`),
// which made one form take seconds. So each file is unpacked once into a plain TrueType font in memory
// (`sfntOf`, ~35 ms for the main font) and pdfkit is given those bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';

export type Weight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const fileOf = (name: string) => path.join(packageDir, 'files', name);
const weightNumber: Record<Weight, number> = { regular: 400, bold: 700 };

/** The main font of a weight: its registered name and file. */
export function mainFont(weight: Weight): { name: string; file: string } {
  return {
    name: `cjk-${weight}`,
    file: fileOf(`noto-sans-sc-chinese-simplified-${weightNumber[weight]}-normal.woff`),
  };
}

/** WOFF 1.0 → sfnt (TrueType/OpenType) bytes: the same tables, inflated, behind an sfnt table directory. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    const offset = woff.readUInt32BE(o + 4);
    const compLength = woff.readUInt32BE(o + 8);
    const origLength = woff.readUInt32BE(o + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(o),
      checksum: woff.readUInt32BE(o + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const headerLength = 12 + 16 * numTables;
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerLength);
  const out = Buffer.alloc(size);
  let power = 1;
  let log = 0;
  while (power * 2 <= numTables) {
    power *= 2;
    log++;
  }
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(log, 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let at = headerLength;
  tables.forEach((t, i) => {
    const r = 12 + 16 * i;
    out.writeUInt32BE(t.tag, r);
    out.writeUInt32BE(t.checksum, r + 4);
    out.writeUInt32BE(at, r + 8);
    out.writeUInt32BE(t.data.length, r + 12);
    t.data.copy(out, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}

const sfnts = new Map<string, Buffer>();
/** The font file's bytes as a plain sfnt, unpacked once per process. */
export function sfntOf(file: string): Buffer {
  let bytes = sfnts.get(file);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(file));
    sfnts.set(file, bytes);
  }
  return bytes;
}

type Range = readonly [number, number];
let slices: { key: string; ranges: Range[] }[] | undefined;
function sliceTable() {
  if (!slices) {
    const table = JSON.parse(readFileSync(path.join(packageDir, 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    slices = Object.entries(table)
      .filter(([key]) => /^\[\d+\]$/.test(key))
      .map(([key, spec]) => ({
        key: key.slice(1, -1),
        ranges: spec.split(',').map((part): Range => {
          const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
          const a = Number.parseInt(from ?? '', 16);
          return [a, to ? Number.parseInt(to, 16) : a];
        }),
      }));
  }
  return slices;
}

const mainCharacters = new Map<Weight, Set<number>>();
function charactersOf(weight: Weight): Set<number> {
  let set = mainCharacters.get(weight);
  if (!set) {
    const font = fontkit.create(sfntOf(mainFont(weight).file));
    if (!('characterSet' in font)) throw new Error('the main CJK font is a collection');
    set = new Set(font.characterSet);
    mainCharacters.set(weight, set);
  }
  return set;
}

/** The font (registered name and file) that draws a code point; the main font when none has it (.notdef). */
export function fontFor(codePoint: number, weight: Weight): { name: string; file: string } {
  if (codePoint < 0x80 || charactersOf(weight).has(codePoint)) return mainFont(weight);
  for (const slice of sliceTable()) {
    if (slice.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)) {
      return {
        name: `cjk-${weight}-${slice.key}`,
        file: fileOf(`noto-sans-sc-${slice.key}-${weightNumber[weight]}-normal.woff`),
      };
    }
  }
  return mainFont(weight);
}

/** Splits text into runs that one font draws, in order. */
export function runsOf(
  text: string,
  weight: Weight,
): { text: string; font: { name: string; file: string } }[] {
  const runs: { text: string; font: { name: string; file: string } }[] = [];
  for (const ch of text) {
    const font = /\s/.test(ch)
      ? (runs.at(-1)?.font ?? mainFont(weight))
      : fontFor(ch.codePointAt(0)!, weight);
    const last = runs.at(-1);
    if (last && last.font.name === font.name) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}
