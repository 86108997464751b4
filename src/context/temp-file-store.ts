/**
 * The page's temporary files (photos, videos, thumbnails) as `blob:` URLs: usable as `src`, with
 * `fetch()`, or as a download link, until the page unloads or `releaseTempFiles` revokes them.
 */
const paths = new Set<string>();

/** Stores a blob and returns its temp path (a `blob:` URL). */
export function storeTempFile(blob: Blob): string {
  const path = URL.createObjectURL(blob);
  paths.add(path);
  return path;
}

/**
 * Releases temp files made by the camera (`tempImagePath`, `tempVideoPath`, `tempThumbPath`), so
 * the browser can free their memory. With no argument, releases all of them. Paths the camera
 * did not make are left alone. Returns how many were released.
 */
export function releaseTempFiles(path?: string | readonly string[]): number {
  const chosen = path === undefined ? [...paths] : typeof path === 'string' ? [path] : [...path];
  let released = 0;
  for (const each of chosen) {
    if (!paths.delete(each)) continue;
    URL.revokeObjectURL(each);
    released++;
  }
  return released;
}
