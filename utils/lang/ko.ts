import { definePack } from './types';

export const ko = definePack({
  code: 'ko',
  name: 'Korean',
  script: 'Hang',
  direction: 'ltr',
  bylineLabels: ['기자'],
  bylineSuffixes: ['기자', '특파원'],
  rightsPhrases: ['무단 전재', '무단전재', '재배포 금지'],
  creditLines: ['Yonhap'],
  halfDayMarks: { morning: ['오전'], afternoon: ['오후'] },
  updatedLabels: ['수정'],
});
