import { definePack } from './types';

export const ar = definePack({
  code: 'ar',
  name: 'Arabic',
  script: 'Arab',
  // "بقلم": "by the pen of".
  bylinePrefixes: ['بقلم'],
  direction: 'rtl',
  publishedLabels: [String.raw`نُ?شر(?:\s+في)?`, String.raw`تاريخ\s+النشر`],
  updatedLabels: [String.raw`آخر\s+تحديث`, String.raw`تم\s+التحديث`, String.raw`تاريخ\s+التحديث`],
  // Both names of each month: Egypt's and the Gulf's ("مارس"), and the Levant's and Iraq's ("آذار").
  monthNames: [
    ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'نيسان'], ['مايو', 'أيار', 'ايار'], ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس', 'آب'], ['سبتمبر', 'أيلول', 'ايلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
  ],
  // As written in Latin transliteration: "Mohammed bin Salman", "Bashar al Assad".
  nameParticles: ['bin', 'bint', 'ibn', 'al', 'el'],
  sourceLabels: ['المصدر'],
  creditLines: ['رويترز', 'الأناضول'],
  // "اقرأ أيضا:" ("read also"), with or without the hamza and the tanwin.
  readMorePrefixes: ['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'اقرأ المزيد'],
  // Paywalls' lines ('اشترك الآن', 'تسجيل الدخول').
  subscribeWords: ['اشترك', 'اشتراك', 'تسجيل الدخول'],
  // "تابعونا على تويتر" ("follow us on Twitter").
  followPrompts: ['تابعونا', 'تابعنا'],
  // "Share the article", "share".
  furnitureLabels: ['شارك المقال', 'شارك', 'مشاركة', 'اقرأ أيضا', 'اقرأ أيضاً', 'مواضيع ذات صلة'],
});
