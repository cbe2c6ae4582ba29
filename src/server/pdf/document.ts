// A4 documents with Chinese text (forms, reports, sheets of codes). Every string goes through `runsOf`, so a
// character the main font lacks is drawn by the slice that has it; pdfkit subsets every embedded font and
// writes a ToUnicode map, so the text can be searched and copied. Pages are numbered "第 n 页 共 m 页" at the end.
import PDFDocument from 'pdfkit';
import { mainFont, runsOf, sfntOf, type Weight } from './fonts';

/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56.7; // 2 cm

export interface PdfMeta {
  title: string;
  subject?: string;
  author?: string;
  /** The date printed and stored as the document's creation date (the caller's clock, for reproducible files). */
  createdAt?: Date;
  /** Page numbers at the foot of every page (default true). */
  pageNumbers?: boolean;
}

export interface TextOptions {
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  x?: number;
  y?: number;
  width?: number;
  color?: string;
}

export interface Column {
  header: string;
  /** A share of the content width; the shares are scaled to fill it. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();
  private readonly meta: PdfMeta;

  constructor(meta: PdfMeta) {
    this.meta = meta;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: {
        Title: meta.title,
        ...(meta.subject ? { Subject: meta.subject } : {}),
        ...(meta.author ? { Author: meta.author } : {}),
        Producer: 'Zhucun',
        Creator: 'Zhucun',
        ...(meta.createdAt ? { CreationDate: meta.createdAt, ModDate: meta.createdAt } : {}),
      },
      lang: 'zh-CN',
      displayTitle: true,
    });
    this.use(mainFont('regular'));
  }

  /** The width between the margins. */
  get contentWidth(): number {
    return A4.width - 2 * MARGIN;
  }
  get left(): number {
    return MARGIN;
  }
  get bottom(): number {
    return A4.height - MARGIN;
  }

  private use(font: { name: string; file: string }) {
    if (!this.registered.has(font.name)) {
      this.doc.registerFont(font.name, sfntOf(font.file));
      this.registered.add(font.name);
    }
    this.doc.font(font.name);
  }

  /** Writes text (wrapped to `width`), in runs of the fonts that have its characters. */
  text(text: string, options: TextOptions = {}): this {
    const weight: Weight = options.bold ? 'bold' : 'regular';
    const size = options.size ?? 11;
    const runs = runsOf(text === '' ? ' ' : text, weight);
    this.doc.fontSize(size).fillColor(options.color ?? '#000000');
    runs.forEach((run, i) => {
      this.use(run.font);
      const opts: PDFKit.Mixins.TextOptions = {
        width: options.width ?? this.contentWidth,
        align: options.align ?? 'left',
        continued: i < runs.length - 1,
        lineGap: 2,
      };
      if (i === 0 && options.x !== undefined)
        this.doc.text(run.text, options.x, options.y ?? this.doc.y, opts);
      else this.doc.text(run.text, opts);
    });
    this.use(mainFont('regular'));
    this.doc.x = this.left;
    return this;
  }

  heading(text: string, level: 1 | 2 = 1): this {
    return this.text(text, {
      size: level === 1 ? 18 : 13,
      bold: true,
      align: level === 1 ? 'center' : 'left',
    }).space(0.4);
  }

  paragraph(text: string, options: TextOptions = {}): this {
    return this.text(text, options).space(0.3);
  }

  space(lines = 1): this {
    this.doc.moveDown(lines);
    return this;
  }

  /** Height of a text at a width, measured with the main font (CJK characters share one advance). */
  heightOf(text: string, width: number, size = 11, bold = false): number {
    this.use(mainFont(bold ? 'bold' : 'regular'));
    this.doc.fontSize(size);
    return this.doc.heightOfString(text === '' ? ' ' : text, { width, lineGap: 2 });
  }

  /** A new page when less than `height` points are left. */
  ensureRoom(height: number): this {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
      this.doc.y = MARGIN;
    }
    return this;
  }

  /** A bordered table; the header repeats on each new page. */
  table(columns: Column[], rows: string[][], options: { size?: number; headerFill?: string } = {}): this {
    const size = options.size ?? 10;
    const pad = 4;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const rowHeight = (cells: string[], bold: boolean) =>
      Math.max(...cells.map((cell, i) => this.heightOf(cell, widths[i]! - 2 * pad, size, bold))) + 2 * pad;
    const drawRow = (cells: string[], bold: boolean, fill?: string) => {
      const h = rowHeight(cells, bold);
      this.ensureRoom(h);
      const top = this.doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        const w = widths[i]!;
        if (fill) this.doc.save().rect(x, top, w, h).fill(fill).restore();
        this.doc.lineWidth(0.6).strokeColor('#000000').rect(x, top, w, h).stroke();
        this.text(cell, {
          x: x + pad,
          y: top + pad,
          width: w - 2 * pad,
          size,
          bold,
          align: columns[i]?.align,
        });
        x += w;
      });
      this.doc.y = top + h;
      this.doc.x = this.left;
      return h;
    };
    const header = columns.map((c) => c.header);
    drawRow(header, true, options.headerFill ?? '#eeeeee');
    for (const row of rows) {
      const h = rowHeight(row, false);
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        this.doc.y = MARGIN;
        drawRow(header, true, options.headerFill ?? '#eeeeee');
      }
      drawRow(row, false);
    }
    return this.space(0.5);
  }

  /** Label–value pairs as a two-column bordered table (the form layout of 登记表). */
  fields(pairs: [string, string][], labelShare = 0.28): this {
    const size = 10.5;
    const pad = 5;
    const lw = this.contentWidth * labelShare;
    const vw = this.contentWidth - lw;
    for (const [label, value] of pairs) {
      const h =
        Math.max(this.heightOf(label, lw - 2 * pad, size, true), this.heightOf(value, vw - 2 * pad, size)) +
        2 * pad;
      this.ensureRoom(h);
      const top = this.doc.y;
      this.doc.save().rect(this.left, top, lw, h).fill('#f4f4f4').restore();
      this.doc.lineWidth(0.6).strokeColor('#000000').rect(this.left, top, lw, h).stroke();
      this.doc.rect(this.left + lw, top, vw, h).stroke();
      this.text(label, { x: this.left + pad, y: top + pad, width: lw - 2 * pad, size, bold: true });
      this.text(value, { x: this.left + lw + pad, y: top + pad, width: vw - 2 * pad, size });
      this.doc.y = top + h;
    }
    this.doc.x = this.left;
    return this.space(0.5);
  }

  /** A PNG or JPEG image at a position (for QR codes, signatures). */
  image(data: Buffer, x: number, y: number, size: number): this {
    this.doc.image(data, x, y, { width: size, height: size });
    return this;
  }

  addPage(): this {
    this.doc.addPage();
    this.doc.y = MARGIN;
    return this;
  }

  /** Finishes the document (page numbers) and answers its bytes. */
  toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    if (this.meta.pageNumbers !== false) {
      const range = this.doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        this.doc.switchToPage(i);
        const bottomMargin = this.doc.page.margins.bottom;
        this.doc.page.margins.bottom = 0;
        this.text(`第 ${i + 1} 页 共 ${range.count} 页`, {
          x: this.left,
          y: A4.height - MARGIN / 2 - 6,
          width: this.contentWidth,
          size: 8,
          align: 'center',
          color: '#555555',
        });
        this.doc.page.margins.bottom = bottomMargin;
      }
    }
    this.doc.end();
    return done;
  }
}

/** Builds an A4 PDF: `build` writes into a fresh writer; the answer is the file's bytes. */
export async function renderPdf(
  meta: PdfMeta,
  build: (pdf: PdfWriter) => void | Promise<void>,
): Promise<Buffer> {
  const pdf = new PdfWriter(meta);
  await build(pdf);
  return pdf.toBuffer();
}
