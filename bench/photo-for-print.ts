import { JPEG_OPTIONS, sizePhotoForPrint } from '../electron/assets/photo-for-print';
import { photoLikeJpeg } from '../tests/assets/sample-images';

const TARGET_BYTES = 400 * 1024;
const RUNS = 3;

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/**
 * A 12 MP phone photo sized for print (4000×3000, quality 92): time and output size at 2400 px.
 * Two noise levels: a typical daylight photo, and a dim indoor one whose sensor noise is the
 * hardest case for JPEG.
 */
export async function photoForPrintBench(): Promise<void> {
  console.log(
    `encoder: JPEG quality ${JPEG_OPTIONS.quality} (80 when over budget), mozjpeg, ` +
      `chroma ${JPEG_OPTIONS.chromaSubsampling}; target ≤ ${kb(TARGET_BYTES)}`,
  );
  for (const [label, noiseLevel] of [
    ['daylight (moderate noise)', 12],
    ['indoor (heavy noise)', 16],
  ] as const) {
    const input = await photoLikeJpeg(4000, 3000, { noiseLevel });
    const times: number[] = [];
    let output = { bytes: 0, width: 0, height: 0, mime: '' };
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const asset = await sizePhotoForPrint(input, 'IMG_0001.JPG');
      times.push(performance.now() - started);
      output = { bytes: asset.bytes.length, width: asset.width, height: asset.height, mime: asset.mime };
    }
    const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    const verdict = output.bytes <= TARGET_BYTES ? 'within target' : 'OVER target';
    console.log(
      `${label}: input ${kb(input.length)} 4000×3000 → ` +
        `${output.mime} ${output.width}×${output.height} ${kb(output.bytes)} (${verdict}); ` +
        `sized in ${median.toFixed(0)} ms (median of ${RUNS})`,
    );
  }
}
