import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) vous invite à une téléconsultation sécurisée.`,
    "Ouvrez le lien ci-dessous sur votre téléphone ou votre ordinateur. Vous accepterez les conditions d'utilisation, puis vous patienterez jusqu'à ce que le professionnel de santé démarre la séance.",
  ],
  cta: 'Rejoindre la téléconsultation',
  fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  testIntro: 'Avant de rejoindre, vous pouvez vérifier votre caméra et votre micro ici :',
  footer: "Ce lien est personnel : ne le partagez pas. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
});

export const fr: MessageTemplate = {
  subject: (v) => `${v.organisationName} : votre lien de téléconsultation`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) => `${greeting(v.firstName)} ${v.organisationName} vous invite à une téléconsultation : ${v.link}`,
};
