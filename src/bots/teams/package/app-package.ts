import { readFileSync } from 'node:fs';
import { buildManifest, MANIFEST_DIR, type ManifestInput, readManifestTemplate } from './manifest.ts';

/**
 * The Teams app package to sideload or upload to the organisation's app catalogue: a zip holding manifest.json,
 * color.png (192×192) and outline.png (32×32) at its root.
 */
export async function buildAppPackage(input: ManifestInput, dir: URL = MANIFEST_DIR): Promise<Buffer> {
  const manifest = buildManifest(readManifestTemplate(dir), input);
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of [
    manifest.icons?.color ?? 'color.png',
    manifest.icons?.outline ?? 'outline.png',
  ] as string[]) {
    zip.file(icon, readFileSync(new URL(icon, dir)));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
