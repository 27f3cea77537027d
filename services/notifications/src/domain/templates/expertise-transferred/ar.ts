import { accountTemplate } from '../account-layout';

export const ar = accountTemplate({
  greeting: (firstName) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،'),
  subject: (v) => `حوّل إليك زميل طلبًا: ${v.requestType}`,
  paragraphs: (v) => [
    `حوّل إليك ${v.requesterName} طلب خبرة عن بُعد (${v.requestType}). أنت تتابعه الآن مع كامل سلسلة الرسائل.`,
  ],
  cta: 'فتح الطلب',
  footer: 'لا يضع Passerelle أبدًا معلومات المريض في الرسائل الإلكترونية.',
  sms: (v) => `Passerelle: حوّل إليك ${v.requesterName} طلبًا (${v.requestType}). ${v.link}`,
});
