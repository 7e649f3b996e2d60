import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { type FigureImageRef, build } from '../../core/document/nodes';
import { type ReportMeta, reportMetaSchema } from '../../core/report-meta';
import { ReportFile } from '../../electron/store/report-file';
import { syntheticChapters } from '../fixtures/synthetic-report';

/**
 * A generated report document with the seed's shape (the synthetic report's headings, as text
 * is: tests/fixtures/synthetic-report.ts): a 前言 before the first heading, 9 chapters, sections
 * and subsections, cases with photos in rows and alone, a captioned table. Photos are drawn with
 * sharp (an SVG scene re-encoded as JPEG, as sizePhotoForPrint stores them) and stored with
 * ReportFile.putAsset.
 */

export const chapterTitles = syntheticChapters.map((c) => c.title);
const sectionTitles = syntheticChapters.flatMap((c) => c.sections.map((s) => s.title)).slice(0, 12);
export const sentence =
  '昌吉州坚持以立德树人为根本任务，深化产教融合、校企合作，职业教育办学水平和人才培养质量稳步提升，服务区域经济社会发展的能力不断增强。';

export interface SampleShape {
  chapters: number;
  sectionsPerChapter: number;
  subsectionsInChapter2: number;
  paragraphsPerSection: number;
  /** Sentences per paragraph. */
  paragraphLength: number;
  photos: number;
  photoSize: { width: number; height: number };
}

export const smallShape: SampleShape = {
  chapters: 3,
  sectionsPerChapter: 2,
  subsectionsInChapter2: 2,
  paragraphsPerSection: 2,
  paragraphLength: 3,
  photos: 5,
  photoSize: { width: 800, height: 600 },
};
/** About the seed: 9 chapters, ~31 sections, ~12 subsections, ~30k characters, 53 photos. */
export const seedShape: SampleShape = {
  chapters: 9,
  sectionsPerChapter: 3,
  subsectionsInChapter2: 12,
  paragraphsPerSection: 4,
  paragraphLength: 3,
  photos: 53,
  photoSize: { width: 2000, height: 1500 },
};

export const sampleReportMeta: ReportMeta = reportMetaSchema.parse({
  title: '昌吉州中等职业教育质量年度报告（2025年）',
  organisation: '昌吉回族自治州教育局',
  year: 2025,
  kind: 'bureau',
  headingNumbering: 'decimal',
  figureNumbering: 'continuous',
  template: 'gongwen',
});

/** A JPEG "photo": a gradient scene with a label, different per index, some portrait. */
export async function samplePhoto(
  i: number,
  size: { width: number; height: number },
): Promise<{ bytes: Buffer; width: number; height: number }> {
  const portrait = i % 7 === 3;
  const width = portrait ? size.height : size.width;
  const height = portrait ? size.width : size.height;
  const hue = (i * 47) % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 120) % 360},50%,35%)"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${width * 0.3}" cy="${height * 0.4}" r="${Math.min(width, height) * 0.2}" ` +
    `fill="hsl(${(hue + 200) % 360},70%,60%)" opacity="0.7"/>
<rect x="${width * 0.55}" y="${height * 0.5}" width="${width * 0.3}" height="${height * 0.3}" ` +
    `fill="#fff" opacity="0.35"/>
<text x="50%" y="55%" font-size="${Math.round(height / 6)}" ` +
    `text-anchor="middle" fill="#fff" font-family="sans-serif">照片 ${i + 1}</text>
</svg>`;
  const bytes = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  return { bytes, width, height };
}

/** Stores `count` sample photos in the report; returns their refs in order. */
export async function putSamplePhotos(
  file: ReportFile,
  count: number,
  size: SampleShape['photoSize'],
): Promise<FigureImageRef[]> {
  const refs: FigureImageRef[] = [];
  for (let i = 0; i < count; i += 1) {
    const photo = await samplePhoto(i, size);
    const assetKey = createHash('sha256').update(photo.bytes).digest('hex');
    file.putAsset({
      assetKey,
      mime: 'image/jpeg',
      width: photo.width,
      height: photo.height,
      bytes: photo.bytes,
      originalName: `photo-${i + 1}.jpg`,
    });
    refs.push({ assetKey, width: photo.width, height: photo.height, name: `photo-${i + 1}.jpg` });
  }
  return refs;
}

/** The document: photos handed out to cases in rows of two and singles, in order. */
export function sampleDocument(shape: SampleShape, photos: readonly FigureImageRef[]) {
  let next = 0;
  const take = () => (next < photos.length ? photos[next++]! : null);
  const para = (tag: string) => build.paragraph(`${tag}${sentence.repeat(shape.paragraphLength)}`);
  const blocks: SerializedNodeJSON[] = [para('前言：'), para('')];
  let caseNo = 0;
  let section = 0;
  for (let c = 0; c < shape.chapters; c += 1) {
    blocks.push(build.heading(1, chapterTitles[c % chapterTitles.length]!));
    for (let s = 0; s < shape.sectionsPerChapter; s += 1) {
      blocks.push(build.heading(2, sectionTitles[section++ % sectionTitles.length]!));
      for (let p = 0; p < shape.paragraphsPerSection; p += 1) blocks.push(para(`第${p + 1}段，`));
      if (c === 1 && s === 0) {
        for (let k = 0; k < shape.subsectionsInChapter2; k += 1) {
          blocks.push(build.heading(3, `专项工作${k + 1}`), para('专项：'));
        }
      }
      if (next < photos.length) {
        caseNo += 1;
        const body: SerializedNodeJSON[] = [para('案例正文：')];
        const a = take();
        const b = take();
        if (caseNo % 3 === 0 || !b) body.push(build.figure(`案例${caseNo}现场照片`, a));
        else
          body.push(
            build.figureRow([build.figure(`案例${caseNo}活动照片甲`, a), build.figure(`案例${caseNo}活动照片乙`, b)]),
          );
        if (caseNo % 3 === 0 && b) body.push(para('补充说明：'), build.figure(`案例${caseNo}补充照片`, b));
        blocks.push(build.caseBlock(`坚持党建引领发展，完善“三全育人”体系之${caseNo}`, body));
      }
    }
    if (c === 0) {
      blocks.push(
        build.tableCaption('2025年中职学校基本办学条件'),
        build.table(
          [
            ['指标', '数值', '同比'],
            ['在校学生（人）', '6531', '+3.2%'],
            ['教职工（人）', '630', '+1.1%'],
            ['生均教学仪器设备值（元）', '29042', '+5.0%'],
          ],
          true,
        ),
      );
    }
  }
  // Whatever photos are left go to the last chapter, alone.
  for (let photo = take(); photo; photo = take()) blocks.push(build.figure(`补充照片${next}`, photo));
  blocks.push(build.figure('待补的照片', null));
  return build.document(blocks);
}

/** Creates the sample report at `path`; the caller closes it. */
export async function createSampleReport(
  path: string,
  shape: SampleShape = smallShape,
  meta: ReportMeta = sampleReportMeta,
): Promise<ReportFile> {
  const file = await ReportFile.create(path, meta);
  const photos = await putSamplePhotos(file, shape.photos, shape.photoSize);
  file.saveDocument(sampleDocument(shape, photos));
  return file;
}
