'use strict';
/* The UI's words in English and Arabic; event types and roles too. Data only. */
window.I18N = {
  en: {
    title: 'Tarikh', timeline: 'Timeline', conflicts: 'Conflicts', documents: 'Documents', search: 'Search',
    searchPlaceholder: 'Search facts, sentences, names…', language: 'Language', calendar: 'Calendar',
    gregorian: 'Gregorian', gregorianHijri: 'Gregorian + Hijri', login: 'Log in', logout: 'Log out',
    user: 'User', password: 'Password', loginFailed: 'Wrong user name or password', facts: 'facts',
    type: 'Type', date: 'Date', roles: 'Roles', attrs: 'Attributes', evidence: 'Evidence', source: 'Source',
    history: 'History', review: 'Review', accept: 'Accept', reject: 'Reject', correct: 'Save correction',
    note: 'Note', rolesHelp: 'one role per line: role: id, id', attrsHelp: 'attributes as JSON',
    findings: 'Findings', resolved: 'resolved', open: 'open', chooseThis: 'Choose this version',
    openDocument: 'Open the document', results: 'Results', noResults: 'Nothing found', entity: 'Entity',
    names: 'Names', legend: 'Legend', timex: 'date', entityMention: 'entity', eventEvidence: 'fact',
    finding: 'finding', close: 'Close', conflictWith: 'Conflict', extracted: 'as extracted', editorOnly: 'Log in as an editor to review.',
    loading: 'Loading…', error: 'Error', lane: 'Lane', version: 'version', noConflicts: 'No conflicts',
    types: {}, langs: { en: 'English', ar: 'Arabic' }
  },
  ar: {
    title: 'تاريخ', timeline: 'الخط الزمني', conflicts: 'التعارضات', documents: 'الوثائق', search: 'بحث',
    searchPlaceholder: 'ابحث في الوقائع والجمل والأسماء…', language: 'اللغة', calendar: 'التقويم',
    gregorian: 'ميلادي', gregorianHijri: 'ميلادي + هجري', login: 'دخول', logout: 'خروج',
    user: 'المستخدم', password: 'كلمة المرور', loginFailed: 'اسم المستخدم أو كلمة المرور غير صحيحة', facts: 'وقائع',
    type: 'النوع', date: 'التاريخ', roles: 'الأدوار', attrs: 'الخصائص', evidence: 'الدليل', source: 'المصدر',
    history: 'السجل', review: 'المراجعة', accept: 'قبول', reject: 'رفض', correct: 'حفظ التصحيح',
    note: 'ملاحظة', rolesHelp: 'دور في كل سطر: الدور: معرّف، معرّف', attrsHelp: 'الخصائص بصيغة JSON',
    findings: 'ملاحظات التدقيق', resolved: 'محسوم', open: 'مفتوح', chooseThis: 'اعتماد هذه الرواية',
    openDocument: 'فتح الوثيقة', results: 'النتائج', noResults: 'لا نتائج', entity: 'الكيان',
    names: 'الأسماء', legend: 'المفتاح', timex: 'تاريخ', entityMention: 'كيان', eventEvidence: 'واقعة',
    finding: 'ملاحظة', close: 'إغلاق', conflictWith: 'تعارض', extracted: 'كما استُخرج', editorOnly: 'سجّل الدخول كمحرر للمراجعة.',
    loading: 'جارٍ التحميل…', error: 'خطأ', lane: 'المسار', version: 'النسخة', noConflicts: 'لا تعارضات',
    types: {
      INDEPENDENCE: 'استقلال', MEMBERSHIP_APPLICATION: 'طلب عضوية', ADMISSION: 'قبول عضوية', MISSION_OPENED: 'افتتاح بعثة',
      RESOLUTION_ADOPTED: 'اعتماد قرار', ADDRESS: 'خطاب', MEETING: 'اجتماع', VISIT: 'زيارة', MEMBERSHIP_TERM: 'عضوية لفترة',
      PRESIDENCY: 'رئاسة', AGREEMENT: 'اتفاق', ACCESSION: 'انضمام إلى معاهدة', ESTABLISHMENT: 'تأسيس', APPOINTMENT: 'تعيين',
      AWARD: 'جائزة', HOSTING: 'استضافة', PROGRAM: 'برنامج', ARMED_CONFLICT: 'نزاع مسلح', DOMESTIC_ACT: 'إجراء داخلي',
      RANKING: 'تصنيف'
    },
    langs: { en: 'الإنجليزية', ar: 'العربية' }
  }
};
