import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Hello ${firstName},` : 'Hello,');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} from ${v.organisationName} is with a patient and asks you to join their teleconsultation.`,
    'Open the link below on your phone or computer and accept the terms of use: you will be let in when the session starts.',
  ],
  cta: 'Join the teleconsultation',
  fallback: 'If the button does not work, copy this link into your browser:',
  testIntro: 'Before you join, you can check your camera and microphone here:',
  footer: 'This link is personal: do not share it.',
});

export const en: MessageTemplate = {
  subject: (v) => `${v.requesterName} asks you to join a teleconsultation`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) => `${greeting(v.firstName)} ${v.requesterName} (${v.organisationName}) asks you to join a teleconsultation: ${v.link}`,
};
