import { zh } from './zh';

export type ErrorCode = keyof typeof zh.errors;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(zh.errors, code);
}

/** An error as a value: a stable code for programs and a Chinese message for people. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Technical detail (English), for logs and the CLI; never shown alone to users. */
  detail?: string;
}

export function apiError(code: ErrorCode, detail?: string): ApiError {
  return detail === undefined ? { code, message: zh.errors[code] } : { code, message: zh.errors[code], detail };
}

/** Thrown inside services; the dispatcher turns it into an ApiError value. */
export class ReportError extends Error {
  readonly error: ApiError;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ReportError';
    this.error = apiError(code, detail);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
