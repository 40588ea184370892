import { describe, expect, it } from 'vitest';
import { ConfigError, loadServiceConfig } from './service-config';

describe('k-anonymity setting', () => {
  it('defaults to 5 and takes K_ANONYMITY from the environment', () => {
    expect(loadServiceConfig({}).kAnonymity).toBe(5);
    expect(loadServiceConfig({ K_ANONYMITY: '7' }).kAnonymity).toBe(7);
  });

  it('refuses to start with k below 3, naming the variable', () => {
    expect(() => loadServiceConfig({ K_ANONYMITY: '2' })).toThrow(ConfigError);
    expect(() => loadServiceConfig({ K_ANONYMITY: '2' })).toThrow(/K_ANONYMITY: k-anonymity is never below 3/);
  });
});
