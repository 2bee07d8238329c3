import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

import type { Database } from '../../src/db/client.js';
import { type HttpDeps, createHttpApp } from '../../src/http/app.js';
import type { TestServer } from './server.js';

export interface HttpHarness {
  url: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

/** The real HTTP app on an ephemeral loopback port. */
export async function startHttp(
  database: Database,
  server: TestServer,
  options: Partial<Omit<HttpDeps, 'apollo' | 'db' | 'primary' | 'clock'>> = {},
): Promise<HttpHarness> {
  const app = createHttpApp({
    apollo: server.apollo,
    db: database.db,
    primary: database.primary,
    clock: server.clock,
    ...options,
  });
  const listener: Server = await new Promise(resolve => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  return {
    url,
    async post(body, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: response.status, json };
    },
    close: () => new Promise<void>(resolve => listener.close(() => resolve())),
  };
}
