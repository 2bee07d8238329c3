/** The floor server as a process of its own (npm run bench): DATABASE_URL, PORT. */
import { serveFloor } from './floor.js';

const url = process.env['DATABASE_URL'];
if (url === undefined) {
  process.stderr.write('The floor server needs DATABASE_URL.\n');
  process.exit(1);
}
const target = await serveFloor(url, Number(process.env['PORT'] ?? 0));
process.stdout.write(`listening ${target.url}\n`);
