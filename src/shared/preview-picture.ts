/**
 * The picture the preview shows now, to hand to a worker: a `VideoFrame` where the browser has
 * them (it holds the camera's picture without copying it), else a bitmap copy; null when there is
 * no picture yet.
 */
export async function previewPicture(video: HTMLVideoElement): Promise<VideoFrame | ImageBitmap | null> {
  if (typeof VideoFrame === 'function') {
    try {
      return new VideoFrame(video);
    } catch {
      // No picture yet, or this browser cannot wrap a video: try a bitmap.
    }
  }
  try {
    return await createImageBitmap(video);
  } catch {
    return null;
  }
}
