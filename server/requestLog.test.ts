import express from 'express';
import { describe, expect, it } from 'vitest';
import { createLogger, type LogFields } from './logger.ts';
import { requestLog } from './requestLog.ts';
import { startServer } from './startServer.ts';

describe('requestLog', () => {
  it('logs the matched request with the duration its clock measured', async () => {
    const lines: string[] = [];
    const ticks = [1000, 1012.5];
    const app = express();
    app.use(
      requestLog(createLogger({ write: (line) => lines.push(line) }), () => ticks.shift() ?? 0),
    );
    app.get('/api/things/:id', (_request, response) => {
      response.status(201).send('made');
    });
    const server = await startServer(app, { port: 0, host: '127.0.0.1' });
    try {
      await (await fetch(`${server.url}/api/things/7?token=abc`)).text();
    } finally {
      await server.close();
    }
    const [entry] = lines.map((line) => JSON.parse(line) as LogFields);
    expect(entry).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/api/things/7',
      status: 201,
      durationMs: 12.5,
    });
    expect(lines).toHaveLength(1);
  });
});
