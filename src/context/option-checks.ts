import { CameraFailure } from '../shared/camera-failure.js';
import { describe } from './callback-convention.js';

/** `value` if it is one of `allowed`, `fallback` if it is undefined; otherwise a clear failure. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value as T)) return value as T;
  throw new CameraFailure(`invalid ${name}: expected ${allowed.join(', ')}, got ${describe(value)}`);
}

/** `value` if it is a boolean, `fallback` if it is undefined; otherwise a clear failure. */
export function optionalBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new CameraFailure(`invalid ${name}: expected true or false, got ${describe(value)}`);
}

/** `value` if it is a finite number, `fallback` if it is undefined (when given); otherwise a clear failure. */
export function finiteNumber(name: string, value: unknown, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new CameraFailure(`invalid ${name}: expected a number, got ${describe(value)}`);
}
