import { z } from 'zod';

/**
 * A photo turned and trimmed in the report without losing the photo as it came in: the edit is
 * stored beside a reference to the original, and the photo printed is made from the original
 * each time (so turning four times, or cropping twice, never degrades it, and 还原 gets it back).
 * The crop is in fractions of the turned original: (0, 0) its top left, (1, 1) its bottom right.
 */
const EPSILON = 1e-9;
const fraction = z.number().min(0).max(1);
export const cropSchema = z
  .object({ x: fraction, y: fraction, width: fraction.gt(0), height: fraction.gt(0) })
  .strict()
  .refine((c) => c.x + c.width <= 1 + EPSILON && c.y + c.height <= 1 + EPSILON, { message: '裁剪范围超出照片' });
export const photoEditSchema = z
  .object({
    rotate: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
    crop: cropSchema.nullable(),
  })
  .strict();

export type Crop = z.infer<typeof cropSchema>;
export type PhotoEdit = z.infer<typeof photoEditSchema>;

export const UNEDITED: PhotoEdit = { rotate: 0, crop: null };

export function isUnedited(edit: PhotoEdit): boolean {
  return edit.rotate === 0 && edit.crop === null;
}

/** A quarter turn clockwise; the kept part turns with the picture, so the same part stays kept. */
export function turnedClockwise(edit: PhotoEdit): PhotoEdit {
  const c = edit.crop;
  return {
    rotate: ((edit.rotate + 90) % 360) as PhotoEdit['rotate'],
    // The point (x, y) of the picture goes to (1 − y, x) of the turned one.
    crop: c && { x: clamp(1 - (c.y + c.height)), y: c.x, width: c.height, height: c.width },
  };
}

/** A crop drawn on the photo as it is shown now (already cropped perhaps), as a crop of the turned original. */
export function croppedWithin(edit: PhotoEdit, drawn: Crop): PhotoEdit {
  const c = edit.crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const crop = {
    x: c.x + drawn.x * c.width,
    y: c.y + drawn.y * c.height,
    width: drawn.width * c.width,
    height: drawn.height * c.height,
  };
  const whole = crop.x < EPSILON && crop.y < EPSILON && crop.width > 1 - EPSILON && crop.height > 1 - EPSILON;
  return { rotate: edit.rotate, crop: whole ? null : crop };
}

/** The size of the original once turned. */
export function turnedSize(edit: PhotoEdit, width: number, height: number): { width: number; height: number } {
  return edit.rotate % 180 === 0 ? { width, height } : { width: height, height: width };
}

/** The crop in pixels of the turned original (what sharp's extract takes), at least one pixel each way. */
export function cropPixels(
  edit: PhotoEdit,
  width: number,
  height: number,
): { left: number; top: number; width: number; height: number } | null {
  if (!edit.crop) return null;
  const size = turnedSize(edit, width, height);
  const left = Math.min(size.width - 1, Math.round(edit.crop.x * size.width));
  const top = Math.min(size.height - 1, Math.round(edit.crop.y * size.height));
  return {
    left,
    top,
    width: Math.max(1, Math.min(size.width - left, Math.round(edit.crop.width * size.width))),
    height: Math.max(1, Math.min(size.height - top, Math.round(edit.crop.height * size.height))),
  };
}

function clamp(n: number): number {
  return Math.min(1, Math.max(0, n));
}
