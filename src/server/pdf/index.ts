export { A4, type Column, type PdfMeta, PdfWriter, renderPdf, type TextOptions } from './document';
export { fontFor, runsOf } from './fonts';
