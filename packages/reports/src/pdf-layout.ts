import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { palette } from './charts';

/** A4 portrait in points; everything is laid out inside the margins. */
export const page = { width: 595.28, height: 841.89, margin: 48 } as const;
export const contentWidth = page.width - 2 * page.margin;

export type Pdf = PDFKit.PDFDocument;

/** Sets the font, size and colour of the text that follows; returns the document to write it with. */
export function styled(doc: Pdf, font: 'Helvetica' | 'Helvetica-Bold', size: number, colour: string): Pdf {
  return doc.font(font).fontSize(size).fillColor(colour);
}

export function newPdf(title: string): Pdf {
  return new PDFDocument({
    size: 'A4',
    margin: page.margin,
    bufferPages: true,
    info: { Title: title, Author: 'Rapport', Creator: 'Rapport' },
  });
}

/** Collects the document into one buffer. */
export function finish(doc: Pdf, footer: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (i === range.start) continue;
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc
      .save()
      .moveTo(page.margin, page.height - 40)
      .lineTo(page.width - page.margin, page.height - 40)
      .lineWidth(0.5)
      .strokeColor('#d5dae1')
      .stroke()
      .restore();
    styled(doc, 'Helvetica', 8, palette.muted);
    doc.text(footer, page.margin, page.height - 34, { width: contentWidth / 2, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, page.width / 2, page.height - 34, {
      width: contentWidth / 2,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}

/** A page title with a short rule under it; returns the y below it. */
export function heading(doc: Pdf, title: string, subtitle?: string): number {
  styled(doc, 'Helvetica-Bold', 18, palette.ink).text(title, page.margin, page.margin);
  if (subtitle) styled(doc, 'Helvetica', 10, palette.muted).text(subtitle, page.margin, doc.y + 2);
  const y = doc.y + 8;
  doc.save().rect(page.margin, y, 40, 3).fill(palette.accent).restore();
  return y + 16;
}

export function svg(doc: Pdf, markup: string, x: number, y: number, width: number, height: number): void {
  SVGtoPDF(doc, markup, x, y, { width, height, assumePt: true, preserveAspectRatio: 'xMidYMid meet' });
}

/** Headline figure tiles in a row; returns the y below them. */
export function tiles(doc: Pdf, y: number, items: readonly { label: string; value: string; note?: string }[]): number {
  const gap = 10;
  const w = (contentWidth - gap * (items.length - 1)) / items.length;
  const h = 74;
  items.forEach((item, i) => {
    const x = page.margin + i * (w + gap);
    doc.save().roundedRect(x, y, w, h, 6).fill('#f3f6fa').restore();
    doc.save().rect(x, y, 3, h).fill(palette.current).restore();
    styled(doc, 'Helvetica', 8.5, palette.muted).text(item.label.toUpperCase(), x + 12, y + 10, { width: w - 20, characterSpacing: 0.4 });
    styled(doc, 'Helvetica-Bold', 20, palette.ink).text(item.value, x + 12, y + 26, { width: w - 20 });
    if (item.note) styled(doc, 'Helvetica', 8, palette.muted).text(item.note, x + 12, y + 54, { width: w - 20 });
  });
  return y + h + 18;
}

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/** A column's header and width in points. */
type ColumnWidth = readonly [header: string, width: number];

/**
 * The columns of a table of figures: the label column, then figure columns aligned
 * right, the last of them as wide as the width left.
 */
export function figureColumns(label: ColumnWidth, ...rest: [...figures: ColumnWidth[], last: string]): Column[] {
  const figures = rest.slice(0, -1) as ColumnWidth[];
  const used = [label, ...figures].reduce((sum, [, width]) => sum + width, 0);
  return [
    { header: label[0], width: label[1] },
    ...figures.map(([header, width]) => ({ header, width, align: 'right' as const })),
    { header: rest.at(-1) as string, width: contentWidth - used, align: 'right' },
  ];
}

/** A simple zebra table; columns with `align: 'right'` for figures. Returns the y below it. */
export function table(
  doc: Pdf,
  y: number,
  columns: readonly Column[],
  /** A null cell is taken by the cell before it, which then spans it (left-aligned): words that need more room than one column. */
  rows: readonly (readonly (string | null)[])[],
): number {
  const rowHeight = 18;
  let x = page.margin;
  doc.save().rect(page.margin, y, contentWidth, rowHeight).fill(palette.current).restore();
  styled(doc, 'Helvetica-Bold', 8.5, '#ffffff');
  for (const c of columns) {
    doc.text(c.header, x + 6, y + 5, { width: c.width - 12, align: c.align ?? 'left', lineBreak: false });
    x += c.width;
  }
  y += rowHeight;
  rows.forEach((row, r) => {
    if (r % 2 === 1) doc.save().rect(page.margin, y, contentWidth, rowHeight).fill('#f3f6fa').restore();
    x = page.margin;
    styled(doc, 'Helvetica', 8.5, palette.ink);
    columns.forEach((c, i) => {
      const cell = row[i];
      if (cell !== null) {
        let width = c.width;
        for (let j = i + 1; j < columns.length && row[j] === null; j++) width += columns[j]!.width;
        const align = width > c.width ? 'left' : (c.align ?? 'left');
        doc.text(cell ?? '', x + 6, y + 5, { width: width - 12, align, lineBreak: false });
      }
      x += c.width;
    });
    y += rowHeight;
  });
  return y + 12;
}

export function paragraph(doc: Pdf, y: number, text: string): number {
  styled(doc, 'Helvetica', 9, palette.muted).text(text, page.margin, y, { width: contentWidth, lineGap: 2 });
  return doc.y + 10;
}
