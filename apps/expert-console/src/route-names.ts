/** Names of the console's own routes (the sign-in ones are web-kit's AUTH_ROUTES). */
export const EXPERT_ROUTES = {
  request: 'request',
} as const;
