import type { ApolloServerPlugin } from '@apollo/server';
import {
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  context,
  propagation,
  trace,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';

import type { Context } from '../context.types.js';
import { routeOf } from '../http/observe.js';

/** What `startTracing` gives the server: the HTTP middleware, the Apollo plugin, shutdown. */
export interface Tracing {
  /** A SERVER span per HTTP request, continuing the caller's `traceparent` when it sends one. */
  middleware: RequestHandler;
  /** A span per GraphQL operation, a child of its request's span. */
  plugin: ApolloServerPlugin<Context>;
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  /** Sends the spans still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** The OTLP/HTTP collector's base URL; spans are sent to `<endpoint>/v1/traces`. */
  endpoint: string;
  serviceName: string;
  /** Another exporter than OTLP over HTTP (tests). */
  exporter?: SpanExporter;
}

function httpMiddleware(tracer: Tracer): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const route = routeOf(req.path);
    const span = tracer.startSpan(
      req.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': req.path },
      },
      parent,
    );
    const requestId = res.getHeader('x-request-id');
    if (typeof requestId === 'string') {
      span.setAttribute('http.request.header.x-request-id', requestId);
    }
    res.on('finish', () => {
      span.setAttribute('http.route', route);
      span.updateName(`${req.method} ${route}`);
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) {
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

function graphqlPlugin(tracer: Tracer): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span: Span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL });
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation ?? 'query';
          span.setAttribute('graphql.operation.type', type);
          if (operationName !== null) {
            span.setAttribute('graphql.operation.name', operationName);
          }
          span.updateName(`${type} ${operationName ?? ''}`.trim());
        },
        async didEncounterErrors({ errors }) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          const codes = errors.map(error => String(error.extensions['code'] ?? 'UNKNOWN'));
          span.setAttribute('graphql.error.codes', [...new Set(codes)]);
        },
        async willSendResponse() {
          span.end();
        },
      };
    },
  };
}

/**
 * Starts OpenTelemetry tracing (TRACING=otlp): a Node tracer provider registered as the
 * process's, with its AsyncLocalStorage context, that batches spans to the collector. The
 * server loads this file only when tracing is on, so that off it costs nothing.
 */
export function startTracing(options: TracingOptions): Tracing {
  const exporter =
    options.exporter ??
    new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const processor = new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [processor],
  });
  provider.register();
  const tracer = provider.getTracer('credit-platform');
  return {
    middleware: httpMiddleware(tracer),
    plugin: graphqlPlugin(tracer),
    flush: () => provider.forceFlush(),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
