import { describe, expect, it } from 'vitest';
import {
  GPS_MARK,
  jpegWithExifGps,
  pngWithLocation,
  TINY_JPEG,
  TINY_PNG,
} from '../../../tests/support/photos';
import { sniffPhoto, stripPhotoMetadata } from './photo';

const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

describe('a work log photo is stored without its metadata (issue 11 item 5; PIPL-28)', () => {
  it('knows JPEG and PNG by their bytes and refuses anything else', () => {
    expect(sniffPhoto(TINY_JPEG)).toBe('image/jpeg');
    expect(sniffPhoto(TINY_PNG)).toBe('image/png');
    expect(sniffPhoto(Buffer.from('GIF89a....'))).toBeNull();
    expect(stripPhotoMetadata(Buffer.from('<svg/>'))).toEqual({ ok: false, reason: 'not_an_image' });
  });

  it('drops the JPEG EXIF segment with its GPS tags and the comment, keeps JFIF and the image data byte for byte', () => {
    const planted = jpegWithExifGps();
    expect(has(planted, GPS_MARK)).toBe(true);
    const r = stripPhotoMetadata(planted);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(has(r.bytes, GPS_MARK)).toBe(false);
    expect(has(r.bytes, 'Exif')).toBe(false);
    expect(has(r.bytes, 'Xiaomi13')).toBe(false);
    expect(r.removed).toEqual(['APP1:Exif', 'COM']);
    expect(Buffer.from(r.bytes).equals(TINY_JPEG)).toBe(true);
  });

  it('drops the PNG eXIf and tEXt chunks and keeps the rest', () => {
    const r = stripPhotoMetadata(pngWithLocation());
    expect(r.ok && !has(r.bytes, GPS_MARK)).toBe(true);
    if (!r.ok) return;
    expect(r.removed).toEqual(expect.arrayContaining(['eXIf', 'tEXt']));
    const plain = stripPhotoMetadata(TINY_PNG);
    expect(plain.ok && Buffer.from(r.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
    expect(r.bytes.subarray(-12, -8)).toEqual(new Uint8Array([0, 0, 0, 0]));
  });

  it('refuses a truncated JPEG or PNG as malformed', () => {
    expect(stripPhotoMetadata(TINY_JPEG.subarray(0, 40))).toEqual({ ok: false, reason: 'malformed' });
    expect(stripPhotoMetadata(TINY_PNG.subarray(0, 30))).toEqual({ ok: false, reason: 'malformed' });
  });
});
