import { accountTemplate } from '../account-layout';

export const en = accountTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `Your Passerelle account for ${v.organisationName} is approved`,
  paragraphs: (v) => [
    `An administrator of ${v.organisationName} has approved your account: you can now sign in to Passerelle.`,
    'After your password, Passerelle sends you a one-time code by e-mail or SMS to finish signing in.',
  ],
  cta: 'Sign in',
  footer: 'If you did not ask for an account, tell the establishment and ignore this message.',
  sms: (v) => `${v.greeting} your Passerelle account for ${v.organisationName} is approved. Sign in: ${v.link}`,
});
