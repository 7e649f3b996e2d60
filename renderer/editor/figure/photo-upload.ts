import type { FigureImageRef } from '../../../core/document/nodes';
import type { ApiError } from '../../../core/errors';
import { apiClient } from '../../api-client';

export interface UploadResult {
  images: FigureImageRef[];
  errors: { name: string; error: ApiError }[];
}

export function isImageFile(file: File): boolean {
  return file.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|bmp|tiff?|heic|heif)$/i.test(file.name);
}

async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunked: String.fromCharCode on a whole 10 MB photo overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type AddResponse = Awaited<ReturnType<(typeof apiClient)['assets.add']>>;

function collect(name: string, response: AddResponse, into: UploadResult): void {
  if (response.ok)
    into.images.push({
      assetKey: response.value.assetKey,
      width: response.value.width,
      height: response.value.height,
      name: response.value.name,
    });
  else into.errors.push({ name, error: response.error });
}

/** Sends one photo to the Node side, which orients, resizes, re-encodes and stores it once. */
export async function uploadBase64(name: string, dataBase64: string, into: UploadResult): Promise<void> {
  collect(name, await apiClient['assets.add']({ name, dataBase64 }), into);
}

/** A picture Word or WPS left in a temporary file when the text around it was copied. */
export async function uploadPastedFile(url: string, into: UploadResult): Promise<void> {
  collect(url, await apiClient['assets.addPasted']({ url }), into);
}

export async function uploadPhotos(files: readonly File[]): Promise<UploadResult> {
  const result: UploadResult = { images: [], errors: [] };
  for (const file of files) await uploadBase64(file.name || 'image', await toBase64(file), result);
  return result;
}

/** The photo picker: native dialog in Electron; a file input in the browser harness. */
export async function pickPhotos(): Promise<UploadResult> {
  const native = await apiClient['assets.pick']({});
  if (native.ok && native.value !== null) {
    return {
      images: native.value.map((a) => ({ assetKey: a.assetKey, width: a.width, height: a.height, name: a.name })),
      errors: [],
    };
  }
  const files = await chooseFilesInPage();
  return uploadPhotos(files);
}

function chooseFilesInPage(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = true;
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}
