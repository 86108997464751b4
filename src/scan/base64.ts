/** Base64 of `bytes` (`rawData` of a `scancode` event). */
export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a large array into one call overflows the argument limit.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
