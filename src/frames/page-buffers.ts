/**
 * The page's frame buffers: one per frame size, overwritten in place by each new frame of that
 * size, as phones reuse one buffer. A buffer handed to listeners is never detached or resized, so
 * a page may keep a frame and read it later; a frame of another size gets a buffer of its own.
 */
export class PageBuffers {
  private readonly bySize = new Map<number, Uint8Array<ArrayBuffer>>();

  /** Copies `source` into the page's buffer of its size and returns that buffer. */
  copyOf(source: ArrayBuffer): ArrayBuffer {
    let target = this.bySize.get(source.byteLength);
    if (!target) {
      target = new Uint8Array(source.byteLength);
      this.bySize.set(source.byteLength, target);
    }
    target.set(new Uint8Array(source));
    return target.buffer;
  }
}
