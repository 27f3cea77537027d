import { accountTemplate } from '../account-layout';

export const ar = accountTemplate({
  greeting: (firstName) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،'),
  subject: (v) => `${v.code} هو رمز الدخول إلى Passerelle`,
  paragraphs: (v) => [`رمز الدخول الخاص بك هو ${v.code}. وهو صالح لمدة ${v.minutes} دقائق.`, 'لن يطلب منك فريق Passerelle هذا الرمز أبدًا.'],
  footer: 'إذا لم تحاول تسجيل الدخول، فغيّر كلمة المرور: شخص آخر يعرفها.',
  sms: (v) => `رمز الدخول إلى Passerelle: ${v.code} (صالح ${v.minutes} دقائق). لا تشاركه مع أحد.`,
});
