import { afterAll } from 'vitest';

import { sensitiveIn } from '../../src/shared/redaction.js';

/**
 * The suite's guard on the logs: every line the logger writes to stdout or stderr during a test
 * file (a JSON object with `level` and `message`) is read, and the file fails when one carries
 * a full API key, an ID number, a phone number or an e-mail address. Other output (a test's
 * own printing, the first ADMIN key's notice) is not the logger's and is not read.
 */
const leaks: string[] = [];
const pending = { stdout: '', stderr: '' };

function isLogLine(line: string): boolean {
  if (!line.startsWith('{')) {
    return false;
  }
  try {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    return typeof parsed['level'] === 'string' && typeof parsed['message'] === 'string';
  } catch {
    return false;
  }
}

function watch(name: 'stdout' | 'stderr'): void {
  const stream = process[name];
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text =
      typeof chunk === 'string'
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString('utf8')
          : '';
    const lines = (pending[name] + text).split('\n');
    pending[name] = lines.pop() ?? '';
    for (const line of lines) {
      if (isLogLine(line)) {
        const found = sensitiveIn(line);
        if (found.length > 0) {
          leaks.push(`${found.join(', ')} in ${line.slice(0, 300)}`);
        }
      }
    }
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

watch('stdout');
watch('stderr');

afterAll(() => {
  if (leaks.length > 0) {
    throw new Error(
      `the logs carried ${leaks.length} sensitive value(s):\n${leaks.slice(0, 10).join('\n')}`,
    );
  }
});
