import type { InvalidField } from '@rapport/contracts';

/** Problem types the client raises itself, beside the API's own (see `problemTypes`). */
export const clientProblemTypes = {
  unreachable: 'about:client/unreachable',
  unexpectedResponse: 'about:client/unexpected-response',
} as const;

/**
 * An RFC 9457 problem from the API (or one the client could not get past), typed so
 * screens can show it in words and forms can put each invalid field's message beside it.
 */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: readonly InvalidField[];
  readonly errorId: string | undefined;

  constructor(problem: {
    type: string;
    title: string;
    status: number;
    detail?: string;
    errors?: readonly InvalidField[];
    errorId?: string;
  }) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.errorId = problem.errorId;
  }

  /** The endpoint or the thing asked for does not exist (yet). */
  get isNotFound(): boolean {
    return this.status === 404;
  }

  /**
   * Field messages keyed by the field's first path segment (`participantIds.1` → `participantIds`),
   * the first message winning, so a form can show one message under each input.
   */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.errors) {
      const key = field.split('.')[0] ?? field;
      byField[key] ??= message;
    }
    return byField;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** Any error in one line of words: the problem's title and detail, or the error's message. */
export function describeProblem(error: unknown): string {
  if (isApiProblem(error)) return error.detail ? `${error.title} (${error.detail})` : error.title;
  return error instanceof Error ? error.message : 'something went wrong';
}
