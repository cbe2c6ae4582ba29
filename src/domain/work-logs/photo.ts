// A work log's optional photo (issue 11 item 5): only JPEG and PNG are taken, and every metadata block that can
// carry a place, a time, a device or a name is dropped before the bytes are stored — EXIF (with its GPS IFD),
// XMP, IPTC and comments in a JPEG; eXIf, text and time chunks in a PNG. Pixels are not re-encoded, so the
// picture is byte-identical where it matters. Pure code over bytes (no I/O), so it can be tested exactly.

export type PhotoType = 'image/jpeg' | 'image/png';

export type StripResult =
  | { ok: true; type: PhotoType; bytes: Uint8Array; removed: string[] }
  | { ok: false; reason: 'not_an_image' | 'malformed' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The type by its leading bytes, not by what the client said. */
export function sniffPhoto(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(bytes.length, from + length)));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * JPEG: keeps SOI, APP0 JFIF, APP2 ICC_PROFILE (colour), APP14 Adobe (colour transform), the tables and frame
 * headers, and everything from the start of scan on; drops every other APPn (APP1 EXIF/XMP, APP13 IPTC…) and
 * COM segments.
 */
function stripJpeg(bytes: Uint8Array): StripResult {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) return { ok: false, reason: 'malformed' };
    // Fill bytes (0xFF padding) before a marker.
    let m = i + 1;
    while (m < bytes.length && bytes[m] === 0xff) m++;
    if (m >= bytes.length) return { ok: false, reason: 'malformed' };
    const marker = bytes[m]!;
    if (marker === 0xd9) {
      parts.push(bytes.subarray(i, m + 1));
      return { ok: true, type: 'image/jpeg', bytes: concat(parts), removed };
    }
    // Markers without a length.
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(i, m + 1));
      i = m + 1;
      continue;
    }
    if (m + 3 > bytes.length) return { ok: false, reason: 'malformed' };
    const length = (bytes[m + 1]! << 8) | bytes[m + 2]!;
    const end = m + 1 + length;
    if (length < 2 || end > bytes.length) return { ok: false, reason: 'malformed' };
    if (marker === 0xda) {
      // Start of scan: the entropy-coded data and any later scans run to the end; no metadata follows.
      parts.push(bytes.subarray(i));
      return { ok: true, type: 'image/jpeg', bytes: concat(parts), removed };
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const id = ascii(bytes, m + 3, 12);
    const keep =
      !(isApp || marker === 0xfe) ||
      (marker === 0xe0 && id.startsWith('JFIF\0')) ||
      (marker === 0xe2 && id.startsWith('ICC_PROFILE')) ||
      (marker === 0xee && id.startsWith('Adobe'));
    if (keep) parts.push(bytes.subarray(i, end));
    else removed.push(marker === 0xfe ? 'COM' : `APP${marker - 0xe0}${id.startsWith('Exif') ? ':Exif' : ''}`);
    i = end;
  }
  return { ok: false, reason: 'malformed' };
}

/** PNG chunks kept: the critical ones and those about colour and pixel size; all others (eXIf, tEXt, zTXt, iTXt, tIME…) go. */
const PNG_KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
]);

function stripPng(bytes: Uint8Array): StripResult {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  const removed: string[] = [];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    const type = ascii(bytes, i + 4, 4);
    const end = i + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return { ok: false, reason: 'malformed' };
    if (PNG_KEEP.has(type)) parts.push(bytes.subarray(i, end));
    else removed.push(type);
    i = end;
    if (type === 'IEND') return { ok: true, type: 'image/png', bytes: concat(parts), removed };
  }
  return { ok: false, reason: 'malformed' };
}

/** Strips the metadata of a JPEG or PNG; anything else is refused. */
export function stripPhotoMetadata(bytes: Uint8Array): StripResult {
  const type = sniffPhoto(bytes);
  if (type === 'image/jpeg') return stripJpeg(bytes);
  if (type === 'image/png') return stripPng(bytes);
  return { ok: false, reason: 'not_an_image' };
}
