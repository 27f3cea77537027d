import { accountTemplate } from '../account-layout';

export const ar = accountTemplate({
  greeting: (firstName) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،'),
  subject: (v) => `يحتاج الخبير إلى مزيد من المعلومات: ${v.requestType}`,
  paragraphs: (v) => [
    `يطلب الخبير الذي يتولى طلب الخبرة عن بُعد الخاص بك (${v.requestType}) مزيدًا من المعلومات.`,
    'افتح الطلب في Passerelle لقراءة السؤال والرد.',
  ],
  cta: 'فتح الطلب',
  footer: 'لا يضع Passerelle أبدًا معلومات المريض في الرسائل الإلكترونية.',
  sms: (v) => `Passerelle: يحتاج الخبير إلى مزيد من المعلومات لطلبك (${v.requestType}). ${v.link}`,
});
