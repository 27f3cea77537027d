import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Hello ${firstName},` : 'Hello,');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} from ${v.organisationName} invites you to a secure teleconsultation.`,
    'Open the link below on your phone or computer. You will accept the terms of use, then wait until the health worker starts the session.',
  ],
  cta: 'Join the teleconsultation',
  fallback: 'If the button does not work, copy this link into your browser:',
  testIntro: 'Before you join, you can check your camera and microphone here:',
  footer: 'This link is personal: do not share it. If you were not expecting this message, you can ignore it.',
});

export const en: MessageTemplate = {
  subject: (v) => `${v.organisationName}: your teleconsultation link`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) => `${greeting(v.firstName)} ${v.organisationName} invites you to a teleconsultation: ${v.link}`,
};
