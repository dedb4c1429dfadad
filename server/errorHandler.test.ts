import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeForClient, errorHandler } from './errorHandler.ts';
import { createLogger } from './logger.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { StoryBuildError } from './storySource.ts';

// The app has no route that reads a request body yet; the chat routes of a later issue will.
// This app puts the real body parser in front of the real error handler to pin down what
// they will answer.
describe('the error handler with a JSON body parser', () => {
  let running: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    const app = express();
    app.post('/api/echo', express.json({ limit: '1kb' }), (request, response) => {
      response.json({ received: request.body as unknown });
    });
    app.use(errorHandler('production', createLogger({ write: (line) => lines.push(line) })));
    running = await startServer(app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await running.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${running.url}/api/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    });

  it('accepts well-formed JSON', async () => {
    const response = await post('{"a":1}');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"received":{"a":1}}');
  });

  it('answers malformed JSON with 400 and no parser internals', async () => {
    const response = await post('{"a":');
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('{"error":"malformed JSON body"}');
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ text: 'x'.repeat(2_000) }));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe('{"error":"request body too large"}');
  });

  it('answers an unknown charset with 415', async () => {
    const response = await post('{}', { 'Content-Type': 'application/json; charset=klingon' });
    expect(response.status).toBe(415);
    expect(await response.text()).toBe('{"error":"unsupported charset"}');
  });

  it('logs client errors without a stack', () => {
    const entry = lines.map((line) => JSON.parse(line) as Record<string, unknown>)[0];
    expect(entry).toMatchObject({ level: 'info', msg: 'request rejected', status: 400 });
    expect(JSON.stringify(entry)).not.toContain('stack');
  });
});

describe('describeForClient', () => {
  const broken = new StoryBuildError('demo', [
    { file: 'stories/demo/en/main.ink', line: 3, message: 'unknown divert', severity: 'error' },
  ]);

  it('shows a story build error to authors in development only', () => {
    expect(describeForClient(broken, 'development')).toEqual({
      status: 500,
      message: 'stories/demo/en/main.ink:3: unknown divert',
    });
    expect(describeForClient(broken, 'production')).toEqual({
      status: 500,
      message: 'internal error',
    });
  });

  it('keeps the status of client errors but never their message', () => {
    const error = Object.assign(new Error('ENOENT: /srv/offramp/dist/x'), { status: 404 });
    expect(describeForClient(error, 'production')).toEqual({ status: 404, message: 'not found' });
  });

  it.each([
    new Error('secret'),
    Object.assign(new Error('upstream'), { status: 502 }),
    Object.assign(new Error('weird'), { status: 'teapot' }),
    'a thrown string',
    undefined,
  ])('turns anything else into a bare 500', (error) => {
    expect(describeForClient(error, 'development')).toEqual({
      status: 500,
      message: 'internal error',
    });
  });
});
