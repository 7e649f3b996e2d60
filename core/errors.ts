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

/** `message` says more than the code's own words where the case needs it (which name is unknown). */
export function apiError(code: ErrorCode, detail?: string, message: string = zh.errors[code]): ApiError {
  return detail === undefined ? { code, message } : { code, message, detail };
}

/** Thrown inside services; the dispatcher turns it into an ApiError value. */
export class ReportError extends Error {
  readonly error: ApiError;
  constructor(code: ErrorCode, detail?: string, message?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ReportError';
    this.error = apiError(code, detail, message);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
