import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { photoLikeJpeg } from '../tests/assets/sample-images';

/**
 * A Word file of a seed-sized report's text, line by line, and before each caption line as
 * many photos as the line has captions (one paragraph: side by side), 53 distinct phone-like
 * JPEGs in all.
 */
export async function seedSizedDocx(
  text: string,
  photo = { width: 2000, height: 1500, quality: 90 },
): Promise<{ bytes: Buffer; photos: number }> {
  const children: Paragraph[] = [];
  let photos = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const captions = line.match(/(?:^|\s)图\s*\d+/g)?.length ?? 0;
    if (/^图\s*\d/.test(line) && captions > 0) {
      const runs: ImageRun[] = [];
      for (let i = 0; i < captions; i += 1) {
        photos += 1;
        const data = await photoLikeJpeg(photo.width, photo.height, { seed: photos, quality: photo.quality });
        runs.push(new ImageRun({ type: 'jpg', data, transformation: { width: 280, height: 210 } }));
      }
      children.push(new Paragraph({ children: runs }));
    }
    children.push(new Paragraph(line));
  }
  return { bytes: await Packer.toBuffer(new Document({ sections: [{ children }] })), photos };
}
