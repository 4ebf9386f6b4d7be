import { definePack } from './types';

export const ko = definePack({
  code: 'ko',
  name: 'Korean',
  script: 'Hang',
  direction: 'ltr',
  bylineLabels: ['기자'],
  bylineSuffixes: ['기자', '특파원'],
  creditLines: ['Yonhap'],
  halfDayMarks: { morning: ['오전'], afternoon: ['오후'] },
  updatedLabels: ['수정'],
});
