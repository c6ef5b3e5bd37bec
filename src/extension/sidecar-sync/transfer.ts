// Sidecar bytes go to the worker by moving their buffer (postMessage's transfer list), not by copying
// them: a 7 MB sidecar is then neither decoded nor copied on the extension host's thread.

/**
 * `bytes` as an array that owns its whole buffer, so moving that buffer moves these bytes and nothing
 * else: a view into a larger or shared buffer (Node's pool for small reads) is copied first.
 */
export function movable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes : new Uint8Array(bytes); // (a Buffer's slice() would be a view, not a copy)
}
