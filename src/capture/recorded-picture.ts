import { CameraFailure } from '../shared/camera-failure.js';
import { watchFrames } from '../shared/frame-clock.js';
import { coverRect } from '../shared/frame-geometry.js';
import type { LiveCamera } from '../shared/live-camera.js';
import { canGenerateTracks, framesTrack, trackFrames } from '../shared/track-streams.js';
import { drawPicture, jpegOf, pictureCanvas } from './draw-picture.js';

/** How the recorded picture differs from the camera's. */
export interface PictureOptions {
  /** Flip horizontally (front camera, as the preview shows it). */
  mirror: boolean;
  /** The digital zoom now (read every frame, so zooming while recording shows). */
  zoom: () => number;
  /** The camera zooms in hardware: its own track shows the zoom. */
  hardwareZoom: boolean;
}

/** The track a recording encodes, the tracks to stop when it ends, and its thumbnail. */
export interface RecordedPicture {
  track: MediaStreamTrack;
  tracks: MediaStreamTrack[];
  /** A JPEG of the first frame, as recorded. */
  thumbnail: Promise<Blob | null>;
}

/**
 * The picture to record, as the preview shows it, made the cheapest way the browser allows:
 * - the camera track itself where it already shows it (hardware zoom, not mirrored);
 * - where frames can be made into a track (Chromium), the camera's frames passed on untouched, and
 *   drawn zoomed or mirrored only while the picture needs it;
 * - otherwise a canvas copy drawn every camera frame.
 * Drawing stops when `signal` aborts; the caller stops `tracks`.
 */
export function recordedPicture(live: LiveCamera, options: PictureOptions, signal: AbortSignal): RecordedPicture {
  const { video, track } = live;
  const { videoWidth: width, videoHeight: height } = video;
  const context = pictureCanvas(width, height);
  const draw = (source: CanvasImageSource, sourceWidth: number, sourceHeight: number) =>
    drawPicture(context, source, coverRect(sourceWidth, sourceHeight, width, height, options.zoom()), options.mirror);
  draw(video, width, height);
  const thumbnail = jpegOf(context, 0.8);
  if (!options.mirror && options.hardwareZoom) {
    const clone = track.clone();
    return { track: clone, tracks: [clone], thumbnail };
  }
  const passed = passedOnTrack(track, context.canvas, draw, options, signal);
  if (passed) return { ...passed, thumbnail };
  const drawn = canvasTrack(context.canvas, () => draw(video, width, height), video, signal);
  return { track: drawn, tracks: [drawn], thumbnail };
}

/** Camera frames into a generated track: as they are, or drawn when zoomed or mirrored. */
function passedOnTrack(
  track: MediaStreamTrack,
  canvas: HTMLCanvasElement,
  draw: (source: CanvasImageSource, width: number, height: number) => void,
  options: PictureOptions,
  signal: AbortSignal,
): Omit<RecordedPicture, 'thumbnail'> | null {
  if (!canGenerateTracks()) return null;
  const source = track.clone();
  const frames = trackFrames(source);
  const generated = framesTrack();
  if (!frames || !generated) {
    source.stop();
    generated?.stop();
    return null;
  }
  const picture = new TransformStream<VideoFrame, VideoFrame>({
    transform(frame, controller) {
      if (options.zoom() === 1 && !options.mirror) {
        controller.enqueue(frame);
        return;
      }
      draw(frame, frame.displayWidth, frame.displayHeight);
      const drawn = new VideoFrame(canvas, { timestamp: frame.timestamp });
      frame.close();
      controller.enqueue(drawn);
    },
  });
  frames
    .pipeThrough(picture, { signal })
    .pipeTo(generated.writable, { signal })
    .catch(() => undefined); // ended: the recording stopped, or the camera closed
  return { track: generated, tracks: [source, generated] };
}

function canvasTrack(canvas: HTMLCanvasElement, draw: () => void, video: HTMLVideoElement, signal: AbortSignal): MediaStreamTrack {
  const [track] = canvas.captureStream?.().getVideoTracks() ?? [];
  if (!track) throw new CameraFailure('recording is not supported by this browser');
  // A capture stream gets a frame per drawing: draw now, so even a recording whose camera stops
  // at once has a picture.
  draw();
  watchFrames(video, draw, signal);
  return track;
}
