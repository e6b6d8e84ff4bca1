import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.js';

describe('redactUrl', () => {
  it('drops user:pass and masks secret query values, keeping the rest', () => {
    const shown = redactUrl('https://admin:s3cret@portal.example/api/requests.json?api_key=K1&page=2&accessToken=T2&Password=P3#frag');
    expect(shown).toBe('https://portal.example/api/requests.json?api_key=***&page=2&accessToken=***&Password=***');
  });

  it('masks every repeat of a secret parameter and leaves a URL without secrets unchanged', () => {
    expect(redactUrl(new URL('http://127.0.0.1:8080/x?token=a&token=b'))).toBe('http://127.0.0.1:8080/x?token=***&token=***');
    expect(redactUrl('http://127.0.0.1:8080/x?service_code=001&start_date=2025-01-01')).toBe(
      'http://127.0.0.1:8080/x?service_code=001&start_date=2025-01-01',
    );
  });

  it('shows nothing of a string that is not a URL', () => {
    expect(redactUrl('//admin:s3cret@nowhere')).toBe('(invalid URL)');
  });
});
