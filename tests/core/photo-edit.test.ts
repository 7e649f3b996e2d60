import { describe, expect, it } from 'vitest';
import {
  type PhotoEdit,
  UNEDITED,
  cropPixels,
  croppedWithin,
  isUnedited,
  photoEditSchema,
  turnedClockwise,
  turnedSize,
} from '../../core/photo-edit';

const turns = (edit: PhotoEdit, n: number) =>
  Array.from({ length: n }).reduce<PhotoEdit>((e) => turnedClockwise(e), edit);

describe('photo edits', () => {
  it('turn a quarter at a time, and four turns are none', () => {
    expect(turns(UNEDITED, 1)).toEqual({ rotate: 90, crop: null });
    expect(turns(UNEDITED, 3)).toEqual({ rotate: 270, crop: null });
    expect(isUnedited(turns(UNEDITED, 4))).toBe(true);
  });

  it('turn the kept part with the picture: the left strip becomes the top strip', () => {
    const left: PhotoEdit = { rotate: 0, crop: { x: 0, y: 0, width: 0.25, height: 1 } };
    expect(turnedClockwise(left)).toEqual({ rotate: 90, crop: { x: 0, y: 0, width: 1, height: 0.25 } });
    // The bottom-right corner goes to the bottom-left.
    const corner: PhotoEdit = { rotate: 0, crop: { x: 0.5, y: 0.75, width: 0.5, height: 0.25 } };
    expect(turnedClockwise(corner).crop).toEqual({ x: 0, y: 0.5, width: 0.25, height: 0.5 });
    expect(turns(corner, 4)).toEqual(corner);
  });

  it('crop within a crop, measured on the photo as shown', () => {
    const half: PhotoEdit = { rotate: 90, crop: { x: 0.5, y: 0, width: 0.5, height: 1 } };
    expect(croppedWithin(half, { x: 0, y: 0.5, width: 1, height: 0.5 })).toEqual({
      rotate: 90,
      crop: { x: 0.5, y: 0.5, width: 0.5, height: 0.5 },
    });
    // Drawing the whole photo is no crop at all.
    expect(croppedWithin(UNEDITED, { x: 0, y: 0, width: 1, height: 1 })).toEqual(UNEDITED);
  });

  it('give the crop in pixels of the turned original, never empty, never outside it', () => {
    expect(turnedSize({ rotate: 90, crop: null }, 400, 300)).toEqual({ width: 300, height: 400 });
    expect(cropPixels({ rotate: 90, crop: { x: 0.5, y: 0, width: 0.5, height: 0.5 } }, 400, 300)).toEqual({
      left: 150,
      top: 0,
      width: 150,
      height: 200,
    });
    expect(cropPixels({ rotate: 0, crop: { x: 1, y: 1, width: 0.0001, height: 0.0001 } }, 400, 300)).toEqual({
      left: 399,
      top: 299,
      width: 1,
      height: 1,
    });
    expect(cropPixels(UNEDITED, 400, 300)).toBeNull();
  });

  it('refuse crops outside the photo and turns other than quarters', () => {
    expect(photoEditSchema.safeParse({ rotate: 45, crop: null }).success).toBe(false);
    expect(photoEditSchema.safeParse({ rotate: 0, crop: { x: 0.6, y: 0, width: 0.5, height: 1 } }).success).toBe(false);
    expect(photoEditSchema.safeParse({ rotate: 0, crop: { x: 0, y: 0, width: 0, height: 1 } }).success).toBe(false);
    expect(photoEditSchema.safeParse({ rotate: 180, crop: { x: 0.5, y: 0, width: 0.5, height: 1 } }).success).toBe(
      true,
    );
  });
});
