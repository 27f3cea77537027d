import { accountTemplate } from '../account-layout';

export const ar = accountTemplate({
  greeting: (firstName) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،'),
  subject: (v) => `أجاب خبير على طلبك: ${v.requestType}`,
  paragraphs: (v) => [
    `أجاب خبير على طلب الخبرة عن بُعد الخاص بك (${v.requestType}).`,
    'افتح الطلب في Passerelle لقراءة الإجابة.',
  ],
  cta: 'قراءة الإجابة',
  footer: 'لا يضع Passerelle أبدًا معلومات المريض في الرسائل الإلكترونية.',
  sms: (v) => `Passerelle: أجاب خبير على طلبك (${v.requestType}). ${v.link}`,
});
