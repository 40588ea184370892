/** Query keys of the auth feature. */
export const authKeys = {
  all: ['auth'] as const,
  config: () => [...authKeys.all, 'config'] as const,
  /** One completion per provider answer (the callback URL), so a re-render never replays the code. */
  callback: (callbackUrl: string) => [...authKeys.all, 'callback', callbackUrl] as const,
};
