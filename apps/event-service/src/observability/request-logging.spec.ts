import { describe, expect, it } from 'vitest';
import { withoutQueryValues } from './request-logging';

describe('URLs as the request log keeps them', () => {
  it('keeps the path and the names of query parameters, never their values', () => {
    expect(withoutQueryValues('/v1/people?email=zq.marker%40example.com&limit=5')).toBe('/v1/people?email&limit');
    expect(withoutQueryValues('/v1/people/directory?q=Zebulon')).toBe('/v1/people/directory?q');
    expect(withoutQueryValues('/v1/people/1b4e28ba-2fa1-11d2-883f-0016d3cca427/network')).toBe(
      '/v1/people/1b4e28ba-2fa1-11d2-883f-0016d3cca427/network',
    );
    expect(withoutQueryValues('/v1/people?')).toBe('/v1/people?');
  });
});
