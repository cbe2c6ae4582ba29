// A small text extractor for the PDFs pdfkit writes (Type0 fonts, Identity-H, ToUnicode maps, Flate streams):
// enough for tests to assert what a reader would find and copy, without a PDF renderer in the dependencies.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let start = m.index + m[0].indexOf(body) + at + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    let raw = pdf.subarray(start, end);
    if (/\/Filter\s*\/FlateDecode/.test(dict)) raw = inflateSync(raw);
    objects.set(Number(m[1]), { dict, stream: raw });
  }
  return objects;
}

function hexToCodes(hex: string): number[] {
  const clean = hex.replace(/\s/g, '');
  const codes: number[] = [];
  for (let i = 0; i + 4 <= clean.length; i += 4) codes.push(Number.parseInt(clean.slice(i, i + 4), 16));
  return codes;
}

function hexToString(hex: string): string {
  return String.fromCharCode(...hexToCodes(hex));
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(m[1]!, 16), hexToString(m[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const from = Number.parseInt(m[1]!, 16);
      const to = Number.parseInt(m[2]!, 16);
      const target = m[3]!;
      if (target.startsWith('[')) {
        const items = [...target.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => hexToString(x[1]!));
        items.forEach((s, i) => {
          map.set(from + i, s);
        });
      } else {
        const base = hexToCodes(target.slice(1, -1));
        for (let c = from; c <= to; c++) {
          const units = [...base];
          units[units.length - 1] = units.at(-1)! + (c - from);
          map.set(c, String.fromCharCode(...units));
        }
      }
    }
  }
  return map;
}

/** The text of a pdfkit PDF, in drawing order (runs joined without separators, text objects by newlines). */
export function pdfText(pdf: Buffer): string {
  const objects = objectsOf(pdf);
  const fontMaps = new Map<string, Map<number, string>>();
  for (const obj of objects.values()) {
    for (const m of obj.dict.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(m[2]));
      const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined;
      if (cmap) fontMaps.set(m[1]!, parseCmap(cmap.toString('latin1')));
    }
  }
  const out: string[] = [];
  for (const obj of objects.values()) {
    if (!obj.stream || /\/(Length1|Subtype\s*\/(CIDFontType0C|Image))/.test(obj.dict)) continue;
    const content = obj.stream.toString('latin1');
    if (!content.includes(' Tf')) continue;
    let map: Map<number, string> | undefined;
    const re = /\/(F\d+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\bET\b/g;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      if (m[1]) map = fontMaps.get(m[1]);
      else if (m[2] !== undefined && map)
        out.push(
          hexToCodes(m[2])
            .map((c) => map?.get(c) ?? '\uFFFD')
            .join(''),
        );
      else if (m[0] === 'ET') out.push('\n');
    }
  }
  return out.join('');
}

/** Names of the fonts embedded in a PDF (subset tags included, e.g. "ABCDEF+NotoSansSC-Regular"). */
export function pdfFontNames(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1]!);
}
