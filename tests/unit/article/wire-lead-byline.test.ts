import { describe, expect, it } from 'vitest';
import { readWireLeadByline, wireLeadByline } from '@/utils/article/wire-lead-byline';
import type { BodyPassContext } from '@/utils/article/body-passes';
import { bodyOf } from './helpers';

describe('the reporter a Korean or Japanese opening names', () => {
  it.each([
    ['(서울=연합뉴스) 홍길동 기자 = 정부는 16일 내년도 예산안을 발표했다.', 'ko', '홍길동'],
    ['(세종=뉴스1) 김철수 기자 = 기획재정부는 …', 'ko', '김철수'],
    ['(워싱턴=연합뉴스) 이영희 특파원 = 미국 정부는 …', 'ko', '이영희'],
    ['【ワシントン=山田太郎】米政府は16日、…', 'ja', '山田太郎'],
    ['【ロンドン=共同】英政府は…', 'ja', '共同'],
  ] as const)('%s → %s', (text, lang, name) => {
    expect(wireLeadByline(text, lang)).toBe(name);
  });

  it.each([
    ['(서울=연합뉴스) 정부는 16일 예산안을 발표했다.', 'ko'],
    ['(서울=연합뉴스) 홍길동 기자 = …', 'en'],
    ['(Hà Nội) Sáng nay = …', 'vi'],
    ['【速報】政府が発表', 'ja'],
    ['정부는 (16일=목요일) 예산안을 발표했다. 홍길동 기자 = 이라고', 'ko'],
  ] as const)('names no one in %s (%s)', (text, lang) => {
    expect(wireLeadByline(text, lang)).toBeNull();
  });

  it('takes the name only when nothing in the body signed the story, and leaves the opening in the text', () => {
    const html = '<p>(서울=연합뉴스) 홍길동 기자 = 정부는 16일 내년도 예산안을 발표했다.</p><p>국회는 다음 달 심사에 들어간다.</p>';
    const root = bodyOf(html);
    const ctx: BodyPassContext = { bylines: [], lang: 'ko', title: '', knownBylines: [] };
    readWireLeadByline(root, ctx);
    expect(ctx.bylines).toEqual(['홍길동']);
    expect(root.textContent).toContain('홍길동 기자 = 정부는');
    const signed: BodyPassContext = { bylines: ['김철수'], lang: 'ko', title: '', knownBylines: [] };
    readWireLeadByline(bodyOf(html), signed);
    expect(signed.bylines).toEqual(['김철수']);
  });
});
