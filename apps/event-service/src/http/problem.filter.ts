import { randomUUID } from 'node:crypto';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { problemTypes, type Problem } from '@rapport/contracts';
import { DomainError } from '@rapport/domain';
import { EventStoreError } from '@rapport/event-store';
import { PersonErasedError } from '@rapport/personal-data';
import { RequestValidationError } from './request-validation';
import { HttpProblemError } from './http-error';
import { problem, problemByCode } from './problem';

/** What a refused request part is called in a problem's title, in words. */
const invalidPartTitles: Record<RequestValidationError['part'], string> = {
  body: 'The request body is invalid',
  query: 'The query parameters are invalid',
  params: 'The path parameters are invalid',
  headers: 'The request headers are invalid',
};

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/**
 * Every error leaves as RFC 9457 application/problem+json with a stable `type`.
 * Unexpected errors become a 500 carrying an error id that is logged with the stack;
 * no stack trace or internal message ever reaches the client.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('problems');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = { ...this.toProblem(error, request), instance: request.originalUrl };
    if (response.headersSent) return;
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private toProblem(error: unknown, request: Request): Problem {
    if (error instanceof RequestValidationError) {
      return problem(400, problemTypes.validation, invalidPartTitles[error.part], { errors: error.fields });
    }
    if (
      error instanceof DomainError ||
      error instanceof EventStoreError ||
      error instanceof HttpProblemError ||
      error instanceof PersonErasedError
    ) {
      const mapped = problemByCode[error.code];
      if (mapped) {
        const fields = error instanceof DomainError && error.fields.length > 0 ? { errors: error.fields } : {};
        return problem(mapped.status, mapped.type, mapped.title, { detail: error.message, ...fields });
      }
    }
    // Nest wraps body-parser's errors in an HttpException whose cause is the original.
    const parserError = (error instanceof HttpException && error.cause ? error.cause : error) as BodyParserError;
    if (parserError?.type === 'entity.parse.failed') {
      return problem(400, problemTypes.malformedJson, 'The request body is not valid JSON');
    }
    if (parserError?.type === 'entity.too.large') {
      return problem(413, problemTypes.payloadTooLarge, 'The request body is too large');
    }
    if (parserError?.expose && typeof parserError.status === 'number' && parserError.status < 500) {
      return problem(parserError.status, problemTypes.validation, 'The request cannot be read');
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      return status === 404
        ? problem(404, problemTypes.notFound, `No route ${request.method} ${request.path}`)
        : problem(status, problemTypes.validation, error.message);
    }
    const errorId = randomUUID();
    this.logger.error(`error ${errorId} on ${request.method} ${request.originalUrl}`, (error as Error)?.stack ?? String(error));
    return problem(500, problemTypes.internal, 'Something went wrong on our side', { errorId });
  }
}
