import {
  AlignmentType,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import sharp from 'sharp';
import { type CoverText, coverTitleSize } from '../../../core/print/cover';
import { A4, COVER_EMBLEM_MM, COVER_PHOTO_MM, type PrintTemplate, contentWidth } from '../../../core/print/templates';
import type { CoverImage } from '../../../core/report-meta';
import type { StoredAsset } from '../../store/assets';
import { COVER_LINE_SPACING, NO_FIRST_LINE, STYLE, coverLineSize, coverYearSize, twip } from './docx-styles';

const PX_PER_MM = 96 / 25.4;
const EMU_PER_MM = 36_000;

export interface CoverPictures {
  emblem: CoverImage | null;
  coverPhoto: CoverImage | null;
}

type AssetOf = (assetKey: string) => StoredAsset | null;
type Box = { width: number; height: number };

/** A few pixels of 简洁's accent colour, stretched into the cover's band; null for templates without one. */
export async function coverBandPicture(t: PrintTemplate): Promise<Buffer | null> {
  if (t.id !== 'jianjie') return null;
  return sharp({ create: { width: 4, height: 4, channels: 3, background: t.accent } })
    .png()
    .toBuffer();
}

/**
 * The cover's paragraphs, laid out as the PDF's (print-css .cover): an optional emblem over the
 * title, the year, an optional photo, issuer and date at the foot. 公文风 sets them centred in the
 * type area, the photo cropped to its full width. 简洁 sets the title and year in white on a band
 * of its accent colour from edge to edge of the sheet (`band`, its picture), the photo the
 * sheet's full width under it: both pictures anchored to the page, behind the text.
 */
export function coverParagraphs(
  t: PrintTemplate,
  cover: CoverText,
  pictures: CoverPictures,
  asset: AssetOf,
  band: Buffer | null = null,
): Paragraph[] {
  // A long title is set smaller so each line stays whole, as in the PDF.
  const titleSize = coverTitleSize(cover, t.title.size, contentWidth(t));
  const resized = titleSize !== Math.round(t.title.size * 1.45);
  const line: Line = (text, style, before, anchors = []) =>
    new Paragraph({
      style,
      ...(before > 0 && { spacing: { before: twip.fromMm(before) } }),
      children: [
        ...anchors,
        new TextRun({ text, ...(style === STYLE.coverTitle && resized && { size: titleSize * 2 }) }),
      ],
    });
  if (band) return bandCover(t, cover, { ...pictures, band, titleSize }, asset, line);

  const emblem = pictureParagraph(inlinePicture(pictures.emblem, asset, COVER_EMBLEM_MM), 6);
  const photoBox = { width: contentWidth(t), height: COVER_PHOTO_MM[t.id] };
  const photo = pictureParagraph(croppedPicture(pictures.coverPhoto, asset, photoBox), 10);
  const titleBefore = emblem ? 14 : photo ? 20 : 40;
  // The issuer and date sit near the page foot: what the pictures take comes off the space above them.
  const footBefore = Math.max(
    10,
    95 - (emblem ? COVER_EMBLEM_MM + 6 : 0) - (photo ? photoBox.height + 10 : 0) + (40 - titleBefore),
  );
  return [
    ...(emblem ? [emblem] : []),
    ...cover.titleLines.map((text, i) => line(text, STYLE.coverTitle, i === 0 ? titleBefore : 0)),
    line(cover.yearLine, STYLE.coverYear, 10),
    ...(photo ? [photo] : []),
    line(cover.issuer, STYLE.coverLine, footBefore),
    line(cover.date, STYLE.coverLine, 0),
  ];
}

type Line = (text: string, style: string, before: number, anchors?: ParagraphChild[]) => Paragraph;

/**
 * 简洁's cover, measured down the sheet in mm as print-css's jianjieCover: the band holds the
 * emblem, title and year and ends 16 mm below the year (without a photo it is 150 mm or more,
 * the title 22 mm above its foot); the photo runs from the band towards the issuer and date.
 */
function bandCover(
  t: PrintTemplate,
  cover: CoverText,
  parts: CoverPictures & { band: Buffer; titleSize: number },
  asset: AssetOf,
  line: Line,
): Paragraph[] {
  const lineMm = (pt: number) => (pt * COVER_LINE_SPACING * 25.4) / 72;
  const emblem = inlinePicture(parts.emblem, asset, COVER_EMBLEM_MM);
  const emblemMm = emblem ? COVER_EMBLEM_MM : 0;
  const yearMm = cover.yearLine ? 4 + lineMm(coverYearSize(t)) : 0;
  const textMm = cover.titleLines.length * lineMm(parts.titleSize) + yearMm;
  const photo = parts.coverPhoto && asset(parts.coverPhoto.sha256) ? parts.coverPhoto : null;
  const top = t.margin.top + emblemMm + 10;
  const titleTop = photo ? top : Math.max(top, 150 - 22 - textMm);
  const bandMm = titleTop + textMm + (photo ? 16 : 22);
  // Issuer and date end at the type area's foot (the PDF's sheet has no margin: 24 mm above its edge).
  const footTop = A4.height - t.margin.bottom - 2 - 2 * lineMm(coverLineSize(t));
  const photoBox = { width: A4.width, height: Math.max(30, Math.min(COVER_PHOTO_MM[t.id], footTop - 10 - bandMm)) };
  const anchors = [
    pagePicture({ type: 'png', data: parts.band }, { width: A4.width, height: bandMm }, 0),
    ...(photo ? [croppedPicture(photo, asset, photoBox, bandMm)!] : []),
  ];
  const first = emblem ? [pictureParagraph([...anchors, emblem], 0, AlignmentType.LEFT)!] : [];
  return [
    ...first,
    ...cover.titleLines.map((text, i) =>
      line(text, STYLE.coverTitle, i === 0 ? titleTop - t.margin.top - emblemMm : 0, i === 0 && !emblem ? anchors : []),
    ),
    ...(cover.yearLine ? [line(cover.yearLine, STYLE.coverYear, 4)] : []),
    line(cover.issuer, STYLE.coverLine, footTop - titleTop - textMm),
    line(cover.date, STYLE.coverLine, 0),
  ];
}

function aspect(p: Pick<CoverImage, 'width' | 'height'>): number {
  return p.width / p.height;
}

/** A paragraph of pictures `before` mm down, single-spaced: 正文's exact line height would crop them. */
function pictureParagraph(
  children: ParagraphChild[] | ParagraphChild | null,
  before: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER,
): Paragraph | null {
  if (!children) return null;
  return new Paragraph({
    alignment,
    indent: NO_FIRST_LINE,
    spacing: { before: twip.fromMm(before), after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: Array.isArray(children) ? children : [children],
  });
}

function imageType(stored: StoredAsset): 'png' | 'jpg' {
  return stored.mime === 'image/png' ? 'png' : 'jpg';
}

/** A cover picture `height` mm tall at its own aspect, in the line; null when none was chosen or its asset is gone. */
function inlinePicture(chosen: CoverImage | null, asset: AssetOf, height: number): ImageRun | null {
  const stored = chosen ? asset(chosen.sha256) : null;
  if (!chosen || !stored) return null;
  return new ImageRun({
    type: imageType(stored),
    data: stored.bytes,
    transformation: { width: Math.round(height * aspect(chosen) * PX_PER_MM), height: Math.round(height * PX_PER_MM) },
  });
}

/**
 * The photo filling `box` (mm) as CSS object-fit: cover does, its overflow cropped off both sides
 * or top and bottom (Word's own crop, which the user can undo in Word): in the line, or anchored
 * to the page `atTop` mm down. Null when none was chosen or its asset is gone.
 */
function croppedPicture(chosen: CoverImage | null, asset: AssetOf, box: Box, atTop?: number): ImageRun | null {
  const stored = chosen ? asset(chosen.sha256) : null;
  if (!chosen || !stored) return null;
  const image = { type: imageType(stored), data: stored.bytes } as const;
  return atTop === undefined
    ? new ImageRun({ ...image, transformation: pixels(box), crop: coverCrop(chosen, box) })
    : pagePicture(image, box, atTop, coverCrop(chosen, box));
}

/** Percent off each edge so that a picture of `image`'s aspect fills `box`, centred. */
export function coverCrop(image: Pick<CoverImage, 'width' | 'height'>, box: Box) {
  const wider = aspect(image) / (box.width / box.height);
  const cut = (k: number) => Math.round(((1 - 1 / k) / 2) * 100 * 1000) / 1000;
  return wider >= 1 ? { left: cut(wider), right: cut(wider) } : { top: cut(1 / wider), bottom: cut(1 / wider) };
}

function pixels(box: Box) {
  return { width: Math.round(box.width * PX_PER_MM), height: Math.round(box.height * PX_PER_MM) };
}

/** A picture anchored to the page's left edge, `top` mm down, behind the text. */
function pagePicture(
  image: { type: 'png' | 'jpg'; data: Buffer },
  box: Box,
  top: number,
  crop?: ReturnType<typeof coverCrop>,
): ImageRun {
  return new ImageRun({
    ...image,
    transformation: pixels(box),
    ...(crop && { crop }),
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: 0 },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(top * EMU_PER_MM) },
      behindDocument: true,
      allowOverlap: true,
      wrap: { type: TextWrappingType.NONE },
    },
  });
}
