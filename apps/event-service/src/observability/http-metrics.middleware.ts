import type { NextFunction, Request, Response } from 'express';
import type { ServiceMetrics } from './service-metrics';

/** Counts and times every request by its route template (never by raw path, which would explode label cardinality). */
export function httpMetrics(metrics: ServiceMetrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    response.on('finish', () => {
      const route = (request.route?.path as string | undefined) ?? (response.statusCode === 404 ? 'unmatched' : 'middleware');
      const labels = { method: request.method, route };
      stop(labels);
      metrics.httpRequests.inc({ ...labels, status: String(response.statusCode) });
    });
    next();
  };
}
