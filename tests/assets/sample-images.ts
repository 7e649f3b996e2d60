import sharp from 'sharp';

/**
 * Images made on the spot for photo tests and the photo bench: nothing is downloaded and no
 * binary fixture is committed.
 */

/** Deterministic noise, so a test photo is the same bytes every run. */
function noise(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) / 0xffffffff) * 2 - 1;
  };
}

/**
 * Something with the statistics of a phone photo: broad smooth gradients (sky, walls), a few
 * soft shapes, and sensor noise of a few levels; encoded at quality 92 as phones do.
 */
export async function photoLikeJpeg(
  width: number,
  height: number,
  { seed = 7, quality = 92, noiseLevel = 12 } = {},
): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  const rand = noise(seed);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const u = x / width;
      const v = y / height;
      const wave = Math.sin(u * 9 + v * 4) * 28 + Math.cos(v * 13 - u * 3) * 18;
      const n = rand() * noiseLevel;
      const i = (y * width + x) * 3;
      data[i] = clamp(90 + u * 110 + wave + n);
      data[i + 1] = clamp(120 + v * 70 - wave * 0.6 + n);
      data[i + 2] = clamp(170 - u * 60 + wave * 0.4 + n);
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}

/** Left half red, right half blue, stored landscape with an EXIF tag that says "turn me". */
export async function orientedJpeg(width: number, height: number, orientation: number): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const base = sharp({ create: { width, height, channels: 3, background: '#0000ff' } }).composite([
    { input: { create: { width: half, height, channels: 3, background: '#ff0000' } }, left: 0, top: 0 },
  ]);
  const flat = await base.png().toBuffer();
  return sharp(flat).jpeg({ quality: 95 }).withMetadata({ orientation }).toBuffer();
}

/** A bar chart: four flat colours, no anti-aliasing, as a screenshot of a chart would be. */
export async function fourColourChart(width = 800, height = 500): Promise<Buffer> {
  const bar = (left: number, h: number, colour: string) => ({
    input: { create: { width: 80, height: h, channels: 3 as const, background: colour } },
    left,
    top: height - 40 - h,
  });
  const axis = {
    input: { create: { width: width - 80, height: 4, channels: 3 as const, background: '#333333' } },
    left: 40,
    top: height - 40,
  };
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([bar(100, 300, '#4472c4'), bar(260, 200, '#4472c4'), bar(420, 380, '#ed7d31'), axis])
    .png()
    .toBuffer();
}

/** A logo-like PNG: an opaque disc on a fully transparent background. */
export async function transparentPng(size = 400): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
    `<circle cx="${size / 2}" cy="${size / 2}" r="${size / 3}" fill="#c00000"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
