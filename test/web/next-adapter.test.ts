// The Next.js adapter's URL repair: route handlers may get Next's own bind address as the URL; the
// browser's Host replaces host and port, and a Host that is not a host changes nothing.
import { describe, expect, it } from 'vitest';
import { asBrowserSees } from '../../src/web/next/index.js';

const seen = (url: string, host: string) => asBrowserSees(new Request(url, { headers: { host } })).url;

describe('asBrowserSees', () => {
  it('takes host and port from Host: no port there means the default port', () => {
    expect(seen('http://localhost:3000/x?y=1', 'app.example.com')).toBe('http://app.example.com/x?y=1');
    expect(seen('http://localhost:3000/x', '127.0.0.1:8080')).toBe('http://127.0.0.1:8080/x');
    expect(seen('http://localhost:3000/x', 'localhost:3000')).toBe('http://localhost:3000/x');
  });

  it('ignores a Host that is not a host[:port]', () => {
    for (const host of ['a b', 'app.test:99999', 'evil.example/x', 'user@evil.example', 'evil.example?q']) {
      expect(seen('http://localhost:3000/x', host)).toBe('http://localhost:3000/x');
    }
  });

  it('keeps the method and the body', async () => {
    const request = asBrowserSees(
      new Request('http://localhost:3000/auth/kakao/logout', {
        method: 'POST',
        headers: { host: 'app.example.com', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'csrf=t',
      }),
    );
    expect([request.url, request.method, await request.text()]).toEqual([
      'http://app.example.com/auth/kakao/logout',
      'POST',
      'csrf=t',
    ]);
  });
});
