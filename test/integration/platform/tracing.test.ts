import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database } from '../../../src/db/client.js';
import { type Tracing, startTracing } from '../../../src/observability/tracing.js';
import { openTestDatabase } from '../../support/db.js';
import { type HttpHarness, startHttp } from '../../support/http.js';
import { type TestServer, createTestServer } from '../../support/server.js';
import { testClock } from '../../support/clock.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A collector of one route: OTLP/HTTP JSON posted to /v1/traces, kept as spans. */
const received: { path: string; service: unknown; spans: OtlpSpan[] }[] = [];
let collector: Server;
let database: Database;
let server: TestServer;
let http: HttpHarness;
let tracing: Tracing;

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', chunk => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

beforeAll(async () => {
  collector = createServer(async (req, res) => {
    const parsed = JSON.parse(await body(req)) as {
      resourceSpans: {
        resource: { attributes: { key: string; value: { stringValue?: string } }[] };
        scopeSpans: { spans: OtlpSpan[] }[];
      }[];
    };
    for (const resource of parsed.resourceSpans) {
      received.push({
        path: req.url ?? '',
        service: resource.resource.attributes.find(a => a.key === 'service.name')?.value
          .stringValue,
        spans: resource.scopeSpans.flatMap(scope => scope.spans),
      });
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>(resolve => collector.listen(0, '127.0.0.1', resolve));
  const { port } = collector.address() as AddressInfo;
  tracing = startTracing({ endpoint: `http://127.0.0.1:${port}/`, serviceName: 'credit-test' });
  database = await openTestDatabase();
  server = await createTestServer(database, testClock, { plugins: [tracing.plugin] });
  http = await startHttp(database, server, { tracing: tracing.middleware });
});
afterAll(async () => {
  await http.close();
  await server.apollo.stop();
  await database.close();
  await tracing.shutdown();
  await new Promise(resolve => collector.close(resolve));
});

const attribute = (span: OtlpSpan, key: string) => span.attributes.find(a => a.key === key)?.value;

describe('OpenTelemetry tracing over OTLP/HTTP', () => {
  it("sends a request's span and its GraphQL operation's child span to the collector", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ query: 'query Me { me { role } }', operationName: 'Me' }),
    });
    expect(response.status).toBe(200);
    await tracing.flush();

    expect(received.map(r => r.path)).toContain('/v1/traces');
    expect(received[0]?.service).toBe('credit-test');
    const spans = received.flatMap(r => r.spans).filter(s => s.traceId === traceId);
    const request = spans.find(s => s.name === 'POST /graphql');
    const operation = spans.find(s => s.name === 'query Me');
    expect(request, JSON.stringify(spans.map(s => s.name))).toBeDefined();
    expect(operation).toBeDefined();
    // The caller's traceparent is continued, and the operation is the request's child.
    expect(request!.parentSpanId).toBe('00f067aa0ba902b7');
    expect(operation!.parentSpanId).toBe(request!.spanId);
    expect(request!.kind).toBe(2); // SERVER
    expect(attribute(request!, 'http.response.status_code')).toEqual({ intValue: 200 });
    expect(attribute(operation!, 'graphql.operation.name')).toEqual({ stringValue: 'Me' });
  });
});
