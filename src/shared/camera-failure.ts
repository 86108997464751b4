/** A failure whose `reason` becomes the tail of `'<method>:fail <reason>'`: the package's one error type. */
export class CameraFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CameraFailure';
  }
}

/** The `<reason>` part of an errMsg for anything a method may throw or reject with. */
export function failureReason(error: unknown): string {
  if (error instanceof CameraFailure) return error.reason;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Reports an error thrown by user code (a callback) the way the browser reports an uncaught one. */
export function reportCallbackError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
