import { AlignmentType, ImageRun, LineRuleType, Paragraph, ShadingType, TextRun } from 'docx';
import { type CoverText, coverTitleSize } from '../../../core/print/cover';
import { COVER_EMBLEM_MM, COVER_PHOTO_MM, type PrintTemplate, contentWidth } from '../../../core/print/templates';
import type { CoverImage } from '../../../core/report-meta';
import type { StoredAsset } from '../../store/assets';
import { STYLE, twip } from './docx-styles';

const PX_PER_MM = 96 / 25.4;

export interface CoverPictures {
  emblem: CoverImage | null;
  coverPhoto: CoverImage | null;
}

/**
 * The cover's paragraphs, laid out as the PDF's (print-css .cover): an optional emblem over the
 * title, the year, an optional photo, issuer and date at the foot. 简洁 sets the title and year in
 * white on a band of its accent colour (paragraph shading: Word has no edge-to-edge page here).
 */
export function coverParagraphs(
  t: PrintTemplate,
  cover: CoverText,
  pictures: CoverPictures,
  asset: (assetKey: string) => StoredAsset | null,
): Paragraph[] {
  const band = t.id === 'jianjie';
  const shading = band ? { shading: { type: ShadingType.CLEAR, fill: t.accent.slice(1), color: 'auto' } } : {};
  // A long title is set smaller so each line stays whole, as in the PDF.
  const titleSize = coverTitleSize(cover, t.title.size, contentWidth(t));
  const resized = titleSize !== Math.round(t.title.size * 1.45);
  const line = (text: string, style: string, before: number, inBand = false) =>
    new Paragraph({
      style,
      ...(before > 0 && { spacing: { before: twip.fromMm(before) } }),
      ...(inBand && shading),
      children: [
        new TextRun({
          text,
          ...(inBand && band && { color: 'FFFFFF' }),
          ...(style === STYLE.coverTitle && resized && { size: titleSize * 2 }),
        }),
      ],
    });
  const emblem = picture(pictures.emblem, asset, { height: COVER_EMBLEM_MM }, shading);
  const photoHeight = pictures.coverPhoto
    ? Math.min(COVER_PHOTO_MM[t.id], contentWidth(t) / aspect(pictures.coverPhoto))
    : 0;
  const photo = picture(pictures.coverPhoto, asset, { height: photoHeight, before: 10 }, {});
  const titleBefore = emblem ? 14 : photo ? 20 : 40;
  // The issuer and date sit near the page foot: what the pictures take comes off the space above them.
  const footBefore = Math.max(
    10,
    95 - (emblem ? COVER_EMBLEM_MM + 6 : 0) - (photo ? photoHeight + 10 : 0) + (40 - titleBefore),
  );
  return [
    ...(emblem ? [emblem] : []),
    ...cover.titleLines.map((text, i) => line(text, STYLE.coverTitle, i === 0 ? titleBefore : 0, true)),
    line(cover.yearLine, STYLE.coverYear, band ? 0 : 10, true),
    ...(photo ? [photo] : []),
    line(cover.issuer, STYLE.coverLine, footBefore),
    line(cover.date, STYLE.coverLine, 0),
  ];
}

function aspect(p: CoverImage): number {
  return p.width / p.height;
}

/** A cover picture `height` mm tall in a centred paragraph; null when none was chosen or its asset is gone. */
function picture(
  chosen: CoverImage | null,
  asset: (assetKey: string) => StoredAsset | null,
  size: { height: number; before?: number },
  shading: object,
): Paragraph | null {
  const stored = chosen ? asset(chosen.sha256) : null;
  if (!chosen || !stored) return null;
  const image = new ImageRun({
    type: stored.mime === 'image/png' ? 'png' : 'jpg',
    data: stored.bytes,
    transformation: {
      width: Math.round(size.height * aspect(chosen) * PX_PER_MM),
      height: Math.round(size.height * PX_PER_MM),
    },
  });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    // Single spacing of its own: 正文's exact line height would crop the picture to one line.
    spacing: { before: twip.fromMm(size.before ?? 6), after: 0, line: 240, lineRule: LineRuleType.AUTO },
    ...shading,
    children: [image],
  });
}
