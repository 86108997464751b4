import type { GeneralCallbackResult } from '../types.js';

/** A failure whose `reason` becomes the tail of `'<method>:fail <reason>'`. */
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

/** An option bag as a method receives it, after `callMethod` checked it is an object. */
export type OptionBag = Record<string, unknown>;

/**
 * Runs one context method with the Mini App calling convention, the one place that implements it:
 * `success(res)` or `fail({ errMsg })`, then `complete(res)`; a Promise of the same result when no
 * callback is given. `operation` may throw or reject; a {@link CameraFailure}'s reason ends up in
 * `'<method>:fail <reason>'`. A callback that throws is reported (`reportError`) and never stops
 * `complete` from being called.
 */
export function callMethod<Result extends object>(
  method: string,
  option: unknown,
  operation: (option: OptionBag) => Result | Promise<Result>,
): Promise<Result & GeneralCallbackResult> | undefined {
  const bag: OptionBag = isOptionBag(option) ? option : {};
  const result = new Promise<Result>((resolve) => {
    if (option !== undefined && option !== null && !isOptionBag(option)) {
      throw new CameraFailure(`invalid option: expected an object, got ${describe(option)}`);
    }
    resolve(operation(bag));
  }).then(
    (value) => ({ errMsg: `${method}:ok`, ...value }) as Result & GeneralCallbackResult,
    (error: unknown) => Promise.reject<never>({ errMsg: `${method}:fail ${failureReason(error)}` }),
  );
  const { success, fail, complete } = bag;
  if (![success, fail, complete].some((callback) => typeof callback === 'function')) return result;
  result.then(
    (res) => {
      invoke(success, res);
      invoke(complete, res);
    },
    (res: GeneralCallbackResult) => {
      invoke(fail, res);
      invoke(complete, res);
    },
  );
  return undefined;
}

function invoke(callback: unknown, res: unknown): void {
  if (typeof callback !== 'function') return;
  try {
    callback(res);
  } catch (error) {
    reportCallbackError(error);
  }
}

/** Reports an error thrown by user code the way the browser reports an uncaught one. */
export function reportCallbackError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}

function isOptionBag(value: unknown): value is OptionBag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a bad input value for an errMsg. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object' || typeof value === 'function') return `a ${typeof value}`;
  return String(value);
}
