/** Names of the portal's own routes (the sign-in ones are web-kit's AUTH_ROUTES). */
export const PORTAL_ROUTES = {
  invites: 'invites',
  newInvite: 'invite-new',
  session: 'session',
  devOutbox: 'dev-outbox',
  register: 'register',
  adminUsers: 'admin-users',
  expertise: 'expertise',
  expertiseEntry: 'expertise-entry',
  expertiseNew: 'expertise-new',
  expertiseRequest: 'expertise-request',
  adminExpertiseTypes: 'admin-expertise-types',
  adminExpertiseServices: 'admin-expertise-services',
  adminTerms: 'admin-terms',
} as const;
