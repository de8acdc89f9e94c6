import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../bot/platform/describeError.ts';
import { DeliveryError } from '../../bot/platform/delivery/deliveryError.ts';

describe('describeError', () => {
  it('keeps only the last part of a file path (a data directory may name a person)', () => {
    const err = Object.assign(new Error("ENOENT: no such file or directory, open '/home/jan.jansen/meldwijzer/data/meetings.json'"), { code: 'ENOENT' });
    expect(describeError(err)).toEqual({ name: 'Error', message: "ENOENT: no such file or directory, open '…/meetings.json'", code: 'ENOENT' });
    const win = new Error('EACCES: permission denied, rename C:\\Users\\Piet\\data\\x.json.tmp -> C:\\Users\\Piet\\data\\x.json');
    expect(describeError(win).message).toBe('EACCES: permission denied, rename …/x.json.tmp -> …/x.json');
  });

  it('leaves URLs and addresses alone', () => {
    expect(describeError(new Error('request to https://smba.trafficmanager.net/emea/v3/conversations/a:1/activities failed')).message).toBe(
      'request to https://smba.trafficmanager.net/emea/v3/conversations/a:1/activities failed',
    );
    expect(describeError(new Error('connect ECONNREFUSED 127.0.0.1:3978')).message).toBe('connect ECONNREFUSED 127.0.0.1:3978');
  });

  it('replaces personal data in the message', () => {
    const { message } = describeError(new Error('geen gesprek voor jan@example.nl, bel 0612345678'));
    expect(message).not.toContain('jan@example.nl');
    expect(message).not.toContain('0612345678');
  });

  it('gives the status of an HTTP or connector error and the code of a delivery error', () => {
    expect(describeError(Object.assign(new Error('Forbidden'), { statusCode: 403 }))).toMatchObject({ status: 403 });
    expect(describeError(new DeliveryError('throttled', 429, 1000))).toEqual({ name: 'DeliveryError', message: 'throttled', code: 'retry-after', status: 429 });
  });

  it('cuts long messages and describes what is not an Error', () => {
    expect(describeError(new Error('x'.repeat(1000))).message.length).toBeLessThanOrEqual(301);
    expect(describeError('a string')).toEqual({ name: 'unknown', message: 'a string' });
    expect(describeError(undefined)).toEqual({ name: 'unknown', message: 'undefined' });
  });
});

describe('logged errors', () => {
  // Every error that goes into a log line goes through describeError: no raw message (paths, personal data), and
  // one shape to search for. A log call is found by `log.` or `log(`; the object may span a few lines.
  it('go through describeError everywhere in bot/', async () => {
    const files = (await readdir('bot', { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => path.join('bot', f));
    const raw = /\(\s*(?:err|error|e)\s+as\s+Error\s*\)\??\.(?:message|name|stack)|String\(\s*(?:err|error)\s*\)|\b(?:err|error)\.(?:message|stack)\b|\berr(?:or)?\s*:\s*(?:err|error|e)\s*[,}]/;
    const offenders: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (!/\blog(?:ger)?\s*\.\s*(?:fatal|error|warn|info|debug|trace)\s*\(/.test(line)) return;
        const call = lines.slice(i, i + 6).join('\n');
        const end = call.indexOf(');');
        if (raw.test(end >= 0 ? call.slice(0, end) : call)) offenders.push(`${file}:${i + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
