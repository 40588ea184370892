import { describe, expect, it } from 'vitest';
import { DEFAULT_URL, serverUrl } from './connection';

describe('which server the CLI talks to', () => {
  it('takes the flag, else RAPPORT_URL, else the embedded default at PORT, else port 3000', () => {
    expect(serverUrl('https://flag.example', { RAPPORT_URL: 'https://env.example', PORT: '3001' })).toBe('https://flag.example');
    expect(serverUrl(undefined, { RAPPORT_URL: 'https://env.example', PORT: '3001' })).toBe('https://env.example');
    expect(serverUrl(undefined, { PORT: '3001' })).toBe('http://127.0.0.1:3001');
    expect(serverUrl(undefined, {})).toBe(DEFAULT_URL);
  });
});
