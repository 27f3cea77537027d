import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) est avec un patient et vous invite à rejoindre sa téléconsultation.`,
    "Ouvrez le lien ci-dessous sur votre téléphone ou votre ordinateur et acceptez les conditions d'utilisation : vous serez admis dès le début de la séance.",
  ],
  cta: 'Rejoindre la téléconsultation',
  fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  testIntro: 'Avant de rejoindre, vous pouvez vérifier votre caméra et votre micro ici :',
  footer: 'Ce lien est personnel : ne le partagez pas.',
});

export const fr: MessageTemplate = {
  subject: (v) => `${v.requesterName} vous invite à rejoindre une téléconsultation`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) =>
    `${greeting(v.firstName)} ${v.requesterName} (${v.organisationName}) vous invite à rejoindre une téléconsultation : ${v.link}`,
};
