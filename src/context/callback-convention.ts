import { CameraFailure, failureReason, reportCallbackError } from '../shared/camera-failure.js';
import type { GeneralCallbackResult, PromisifySuccessResult } from '../types.js';

/** An option bag as a method receives it, after `callMethod` checked it is an object. */
export type OptionBag = Record<string, unknown>;

/**
 * Runs one context method with the Mini App calling convention, the one place that implements it:
 * `success(res)` or `fail({ errMsg })`, then `complete(res)`; a Promise of the same result when no
 * callback is given, marked handled so a bare call's failure raises no `unhandledrejection`.
 * `operation` may throw or reject; a {@link CameraFailure}'s reason ends up in
 * `'<method>:fail <reason>'`. A callback that throws is reported (`reportError`) and never stops
 * `complete` from being called.
 */
export function callMethod<Option, Result extends object>(
  method: string,
  option: Option | undefined,
  operation: (option: OptionBag) => Result | Promise<Result>,
): PromisifySuccessResult<Option, Result & GeneralCallbackResult> {
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
  // Which of the two the caller gets is decided at run time, as the return type says.
  type Returned = PromisifySuccessResult<Option, Result & GeneralCallbackResult>;
  if (![success, fail, complete].some((callback) => typeof callback === 'function')) {
    // Mini App code calls these bare and ignores the outcome (WeChat has no Promise style for
    // them): a rejection nobody handles stays quiet, and code that awaits it still gets it.
    result.catch(() => undefined);
    return result as Returned;
  }
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
  return undefined as Returned;
}

function invoke(callback: unknown, res: unknown): void {
  if (typeof callback !== 'function') return;
  try {
    callback(res);
  } catch (error) {
    reportCallbackError(error);
  }
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
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}
