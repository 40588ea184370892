import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import type { IdempotentOutcome } from '@rapport/event-store';
import { map, type Observable } from 'rxjs';

/**
 * Sends a command's outcome: its status and body, and `Idempotent-Replayed: true` when a
 * retry was answered from the idempotency record. Every command route's handler returns
 * an IdempotentOutcome; the endpoint decorator puts this on each of them.
 */
@Injectable()
export class CommandOutcomeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<IdempotentOutcome>): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((outcome) => {
        response.status(outcome.status);
        if (outcome.replayed) response.setHeader('Idempotent-Replayed', 'true');
        return outcome.body;
      }),
    );
  }
}
