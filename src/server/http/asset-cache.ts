/**
 * Cache policy for the built pane. Files with a content hash in their name
 * never change, so browsers keep them (and V8 keeps their compiled code)
 * without asking again; everything else (HTML, manifests) is revalidated so
 * that an update reaches every seat on the next start. `path` may be a
 * pre-compressed copy (`.br`, `.gz`).
 */
export function assetCacheControl(path: string): string {
  return /\.[0-9a-f]{8}\.(js|css|wasm)(\.br|\.gz)?$/u.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}
