import { describe, expect, it } from 'vitest';
import { removePaywallTail } from '@/utils/article/paywall-tail';
import { STORY, bodyOf } from './helpers';

function run(html: string): string {
  const root = bodyOf(html);
  removePaywallTail(root);
  return root.innerHTML;
}

describe("a paywall's closing lines", () => {
  it('drops the pitch set one line per block at the end, in any language', () => {
    const pitches = [
      ['Suscríbete para seguir leyendo', 'Lee sin límites', 'Ya soy suscriptor'],
      ['Subscribe to continue reading', 'Already a subscriber? Log in'],
      ['Abonnez-vous pour lire la suite', 'Déjà abonné ? Connectez-vous'],
      ['Đăng ký để đọc tiếp', 'Đăng nhập'],
    ];
    for (const lines of pitches) expect(run(`${STORY}${lines.map((line) => `<p>${line}</p>`).join('')}`)).toBe(STORY);
  });

  it('keeps a signature after the pitch and the story before it', () => {
    expect(run(`${STORY}<p>Subscribe to continue reading</p><p>Already a subscriber? Log in</p><p>Minh Anh</p>`)).toBe(`${STORY}<p>Minh Anh</p>`);
    expect(run(`${STORY}<p>Minh Anh</p><p>Đăng ký để đọc tiếp</p><p>Đăng nhập</p>`)).toBe(`${STORY}<p>Minh Anh</p>`);
  });

  it('keeps one pitch word alone, and pitch words in the story\'s prose', () => {
    const one = `${STORY}<p>Voters can sign up until Friday.</p>`;
    expect(run(one)).toBe(one);
    const prose = `${STORY}<p>Readers who subscribe to the newsletter and log in to the site each morning will find the new edition there from Monday, the paper said in a statement.</p>`;
    expect(run(prose)).toBe(prose);
  });
});
