/**
 * Re-encodes a finished recording at a lower video bitrate (`stopRecord({ compressed: true })`),
 * in the same container and codec, with its audio copied as it is. The work is WebCodecs' (through
 * mediabunny, loaded only when a compressed recording is asked for), so a recording runs one
 * encoder however it will be stopped.
 *
 * Resolves with the original file where the browser cannot do it (no WebCodecs, a codec it cannot
 * encode) or where the result is no smaller: a recording is never lost to its compression.
 */
export async function compressVideo(video: Blob, bitsPerSecond: number): Promise<Blob> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoDecoder === 'undefined') return video;
  let input: { dispose(): void } | undefined;
  try {
    const { BlobSource, BufferTarget, Conversion, Input, Mp4OutputFormat, Output, Quality, WEBM, WebMOutputFormat, MP4 } =
      await import('mediabunny');
    const webm = video.type.includes('webm');
    const source = new Input({ source: new BlobSource(video), formats: [MP4, WEBM] });
    input = source;
    const target = new BufferTarget();
    const output = new Output({ format: webm ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: 'in-memory' }), target });
    const conversion = await Conversion.init({
      input: source,
      output,
      video: { quality: new Quality({ bitrate: bitsPerSecond }), forceTranscode: true },
      showWarnings: false,
    });
    // A track it would drop (a codec it cannot encode) would lose part of the recording.
    if (!conversion.isValid || conversion.discardedTracks.length > 0) return video;
    await conversion.execute();
    const compressed = new Blob([target.buffer!], { type: video.type });
    return compressed.size > 0 && compressed.size < video.size ? compressed : video;
  } catch {
    return video;
  } finally {
    input?.dispose(); // frees what it read of the file
  }
}
