// A picture chosen in the editor, made ready for the deck: PNG, JPEG or WebP only (an SVG
// can carry script), scaled down to the projector's 1920 × 1080 so that decks stay light.
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const PROJECTOR_SIZE = { width: 1920, height: 1080 } as const;

export type PreparedImage = { ok: true; name: string; base64: string; alt: string } | { ok: false; message: string };

export async function prepareImage(file: File): Promise<PreparedImage> {
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return { ok: false, message: 'Choisissez une image PNG, JPEG ou WebP (les images SVG sont refusées\u00a0: elles peuvent contenir des programmes).' };
  }
  let blob: Blob = file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, PROJECTOR_SIZE.width / bitmap.width, PROJECTOR_SIZE.height / bitmap.height);
    if (scale < 1) {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encodage'))), file.type, 0.88));
    }
    bitmap.close();
  } catch {
    return { ok: false, message: 'Cette image ne peut pas être lue (fichier abîmé ou format inattendu).' };
  }
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const alt = file.name.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ').trim() || 'Image';
  return { ok: true, name: file.name, base64: btoa(binary), alt };
}
