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

  it('drops an account notice of questions and answers closing the body, with three different pitch words in it', () => {
    const notice = [
      'Parce qu’une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un autre appareil.',
      'Vous ne pouvez lire Le Monde que sur un seul appareil à la fois (ordinateur, téléphone ou tablette).',
      'Comment ne plus voir ce message ?',
      'Que se passera-t-il si vous continuez à lire ici ?',
      'Ce message s’affichera sur l’autre appareil. Ce dernier restera connecté avec ce compte.',
      'Y a-t-il d’autres limites ?',
      'Non. Vous pouvez vous connecter avec votre compte sur autant d’appareils que vous le souhaitez, mais en les utilisant à des moments différents.',
      'Vous ignorez qui est l’autre personne ?',
      'Nous vous conseillons de modifier votre mot de passe.',
    ];
    const long = '<p>La Commission européenne a présenté mardi des prévisions moroses pour l’économie de l’Union, abaissant sa prévision de croissance pour 2019 et mettant en garde contre les tensions commerciales.</p>';
    const signed = `${STORY}${long}<p>Cécile Ducourtieux (Bruxelles, bureau européen)</p>`;
    expect(run(`${signed}${notice.map((line) => `<p>${line}</p>`).join('')}`)).toBe(signed);
  });

  it('keeps a post of short paragraphs about a subscription: it is all body, and asks nothing', () => {
    const post =
      '<p>We have finally rolled out the long awaited subscription option for the magazine, in print and digital.</p>' +
      '<p>The 12 month print subscription costs $88, and every subscriber gets the digital edition as well, with the newsletter.</p>' +
      '<p>Members who subscribe before the end of the month get the first issue free. Thank you for your support.</p>';
    expect(run(post)).toBe(post);
  });

  it('keeps the story\'s closing sentences when two pitch words stand in lines longer than a pitch', () => {
    const closing =
      `${STORY}<p>The paper said readers who subscribe before Friday would keep the old price for a year.</p>` +
      '<p>It gave no figures for the newsletter, which it launched in March with a new editor.</p><p>Minh Anh</p>';
    expect(run(closing)).toBe(closing);
  });

  it('keeps one pitch word alone, and pitch words in the story\'s prose', () => {
    const one = `${STORY}<p>Voters can sign up until Friday.</p>`;
    expect(run(one)).toBe(one);
    const prose = `${STORY}<p>Readers who subscribe to the newsletter and log in to the site each morning will find the new edition there from Monday, the paper said in a statement.</p>`;
    expect(run(prose)).toBe(prose);
  });
});
