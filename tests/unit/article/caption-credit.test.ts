import { describe, expect, it } from 'vitest';
import { hasLabelledCredit, splitCaptionCredit, withoutCreditJoint, withoutHiddenCreditLabel } from '@/utils/article/caption-credit';

describe('a credit written into a caption', () => {
  it('takes the credit after a dash, a sentence end or in brackets, in the packs’ labels', () => {
    expect(splitCaptionCredit('Thủ tướng phát biểu tại buổi lễ - Ảnh: DUY THANH.')).toEqual({ caption: 'Thủ tướng phát biểu tại buổi lễ', credit: 'Ảnh: DUY THANH' });
    expect(splitCaptionCredit('Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian')).toEqual({ caption: 'Whale expert Hori Parata.', credit: 'Photograph: Adrian Malloch for the Guardian' });
    expect(splitCaptionCredit('Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)')).toEqual({ caption: 'Un Népalais prie à Katmandou, le 30 avril 2015.', credit: 'Photo Prakash Mathema. AFP' });
    expect(splitCaptionCredit('Lực lượng an ninh tại tỉnh Nangarhar (Ảnh: AFP).')).toEqual({ caption: 'Lực lượng an ninh tại tỉnh Nangarhar', credit: 'Ảnh: AFP' });
    expect(splitCaptionCredit('Can you spot the anomaly? Photo by Ricardo Gomez Angel')).toEqual({ caption: 'Can you spot the anomaly?', credit: 'Photo by Ricardo Gomez Angel' });
    expect(splitCaptionCredit('Die neue Brücke am Abend (Foto: dpa)')).toEqual({ caption: 'Die neue Brücke am Abend', credit: 'Foto: dpa' });
  });

  it('reads a caption that is only a credit as a credit, and one that opens with a label before words about the picture as a caption', () => {
    expect(splitCaptionCredit('Foto: LA NACION')).toEqual({ caption: '', credit: 'Foto: LA NACION' });
    expect(splitCaptionCredit('Photo: the new bridge at dawn.')).toEqual({ caption: 'Photo: the new bridge at dawn.', credit: '' });
    // After the caption it closes, too: "Credit…" says a credit follows, however many words it has.
    expect(splitCaptionCredit('He was found in a doorway of a bar.Credit...Ed Murray/NJ Advance Media for NJ.com')).toEqual({ caption: 'He was found in a doorway of a bar.', credit: 'Ed Murray/NJ Advance Media for NJ.com' });
  });

  it('leaves a caption without a credit label whole, and a label inside a sentence alone', () => {
    expect(splitCaptionCredit('Raspberry Pi - Various Usage')).toEqual({ caption: 'Raspberry Pi - Various Usage', credit: '' });
    expect(splitCaptionCredit('I wasn’t allowed to record my demo, so this photo from Apple will have to do.')).toEqual({ caption: 'I wasn’t allowed to record my demo, so this photo from Apple will have to do.', credit: '' });
  });
});

describe('a Chinese credit that ends with "photographed" (摄)', () => {
  it('takes it after a sentence end or in brackets, and reads it alone as a credit', () => {
    expect(splitCaptionCredit('图为市民在公园内赏花。新华社记者 李明 摄')).toEqual({ caption: '图为市民在公园内赏花。', credit: '新华社记者 李明 摄' });
    expect(splitCaptionCredit('市民在公园内赏花（新华社记者李明摄）')).toEqual({ caption: '市民在公园内赏花', credit: '新华社记者李明摄' });
    expect(splitCaptionCredit('游客在长城上参观。（李明/摄）')).toEqual({ caption: '游客在长城上参观。', credit: '李明/摄' });
    expect(splitCaptionCredit('李明 摄')).toEqual({ caption: '', credit: '李明 摄' });
  });

  it('leaves the word inside a sentence, after "拍" (shot) or after a long clause, in the caption', () => {
    expect(splitCaptionCredit('这是在北京拍摄')).toEqual({ caption: '这是在北京拍摄', credit: '' });
    expect(splitCaptionCredit('无论是否摄入酒精，海拔高度都有影响。')).toEqual({ caption: '无论是否摄入酒精，海拔高度都有影响。', credit: '' });
    expect(splitCaptionCredit('图为一月份以来在全国各地的许多城市里面参加各种各样的活动的市民们所摄')).toEqual({ caption: '图为一月份以来在全国各地的许多城市里面参加各种各样的活动的市民们所摄', credit: '' });
  });
});

describe('a news agency alone at a caption\'s end', () => {
  it('is its credit after the last sentence or in brackets', () => {
    expect(splitCaptionCredit('Le maire de Lyon lors de la conférence de presse. AFP')).toEqual({ caption: 'Le maire de Lyon lors de la conférence de presse.', credit: 'AFP' });
    expect(splitCaptionCredit('El presidente durante su discurso, el 3 de mayo. (EFE)')).toEqual({ caption: 'El presidente durante su discurso, el 3 de mayo.', credit: 'EFE' });
    expect(splitCaptionCredit('Protesters outside parliament on Tuesday (REUTERS)')).toEqual({ caption: 'Protesters outside parliament on Tuesday', credit: 'REUTERS' });
  });

  it('is the caption\'s own word inside its sentence', () => {
    expect(splitCaptionCredit('The minister spoke to AFP.')).toEqual({ caption: 'The minister spoke to AFP.', credit: '' });
  });
});

describe('a credit label that makes a line a caption', () => {
  it('is any pack’s label before a credit at the end, or a credit alone', () => {
    expect(hasLabelledCredit('Declan Rice po vítězství na Aston Ville. | Foto: Reuters')).toBe(true);
    expect(hasLabelledCredit('Cầu Vĩnh Tuy nhìn từ bờ sông - Ảnh: Duy Thành')).toBe(true);
    expect(hasLabelledCredit('Foto: LA NACION')).toBe(true);
    expect(hasLabelledCredit('The bridge reopened on Monday after two years.')).toBe(false);
  });
});

describe('a bare credit after a bar', () => {
  it('takes a name or agency after the last bar as the credit, without the bar', () => {
    expect(splitCaptionCredit('Declan Rice po vítězství na Aston Ville. | Reuters')).toEqual({ caption: 'Declan Rice po vítězství na Aston Ville.', credit: 'Reuters' });
    expect(splitCaptionCredit('Toàn cảnh hội nghị | TTXVN')).toEqual({ caption: 'Toàn cảnh hội nghị', credit: 'TTXVN' });
    expect(splitCaptionCredit('Protesters outside parliament | Jane Roe for The Guardian.')).toEqual({ caption: 'Protesters outside parliament', credit: 'Jane Roe for The Guardian' });
  });

  it('leaves words after a bar that are no name, and a name after a dash, in the caption', () => {
    expect(splitCaptionCredit('The old bridge | seen from the river at dawn')).toEqual({ caption: 'The old bridge | seen from the river at dawn', credit: '' });
    expect(splitCaptionCredit('Raspberry Pi - Various Usage')).toEqual({ caption: 'Raspberry Pi - Various Usage', credit: '' });
  });

  it('is no credit label: a bare name after a bar does not make a plain line after a picture its caption', () => {
    expect(hasLabelledCredit('Declan Rice po vítězství na Aston Ville. | Reuters')).toBe(false);
  });
});

describe('a caption that is only a credit', () => {
  it('reads a copyright line and a chain of photographer, collection and agency as the credit', () => {
    expect(splitCaptionCredit('© Provided by Business Insider Inc')).toEqual({ caption: '', credit: '© Provided by Business Insider Inc' });
    expect(splitCaptionCredit('JIM WATSON/AFP/Getty Images')).toEqual({ caption: '', credit: 'JIM WATSON/AFP/Getty Images' });
    expect(splitCaptionCredit('(Mike Watson Images/Moodboard/Getty)')).toEqual({ caption: '', credit: '(Mike Watson Images/Moodboard/Getty)' });
    expect(splitCaptionCredit('evgenyb/iStock/Getty Images')).toEqual({ caption: '', credit: 'evgenyb/iStock/Getty Images' });
    expect(splitCaptionCredit('Hoàng Hà / TTXVN')).toEqual({ caption: '', credit: 'Hoàng Hà / TTXVN' });
  });

  it('leaves two single words on either side of a slash, and a sentence with a slash, as the caption', () => {
    expect(splitCaptionCredit('Before/After')).toEqual({ caption: 'Before/After', credit: '' });
    expect(splitCaptionCredit('The 24/7 newsroom at work.')).toEqual({ caption: 'The 24/7 newsroom at work.', credit: '' });
    expect(splitCaptionCredit('Input/output ports on the new board')).toEqual({ caption: 'Input/output ports on the new board', credit: '' });
  });
});

describe('a caption whose credit was marked apart', () => {
  it('loses the dash, bar or label that joined it to the credit, and nothing else', () => {
    expect(withoutCreditJoint('Lula (ao centro) recebe réplica da taça da Libertadores -')).toBe('Lula (ao centro) recebe réplica da taça da Libertadores');
    expect(withoutCreditJoint('Spokojený Tomáš Souček po vítězství. |')).toBe('Spokojený Tomáš Souček po vítězství.');
    expect(withoutCreditJoint('The harbour at dawn. Photo:')).toBe('The harbour at dawn.');
    expect(withoutCreditJoint('Toàn cảnh hội nghị - Ảnh:')).toBe('Toàn cảnh hội nghị');
    expect(withoutCreditJoint('Die neue Brücke (Foto:')).toBe('Die neue Brücke');
    expect(withoutCreditJoint('Score: 4 - 1')).toBe('Score: 4 - 1');
    expect(withoutCreditJoint('A photo of the bridge')).toBe('A photo of the bridge');
  });
});


describe('a credit label for screen readers glued to the shown one', () => {
  it('takes off a repeated label, a label with an ellipsis, or one glued to a name', () => {
    expect(withoutHiddenCreditLabel('CreditCredit…Jeon Heon-Kyun/EPA, via Shutterstock')).toBe('Jeon Heon-Kyun/EPA, via Shutterstock');
    expect(withoutHiddenCreditLabel('CreditKevin Frayer/Getty Images')).toBe('Kevin Frayer/Getty Images');
    expect(withoutHiddenCreditLabel('CréditoCrédito…Ana Pérez/EFE')).toBe('Ana Pérez/EFE');
  });

  it('keeps a label written with a colon or a space, and a name that opens with a label word', () => {
    expect(withoutHiddenCreditLabel('Photo: AFP')).toBe('Photo: AFP');
    expect(withoutHiddenCreditLabel('Ảnh: QUANG THẾ')).toBe('Ảnh: QUANG THẾ');
    expect(withoutHiddenCreditLabel('Credit Harry Campbell')).toBe('Credit Harry Campbell');
    expect(withoutHiddenCreditLabel('PhotoDisc')).toBe('PhotoDisc');
    expect(withoutHiddenCreditLabel('Credits roll at the end')).toBe('Credits roll at the end');
  });

  it('splits a caption whose credit follows in that shape with no markup', () => {
    expect(splitCaptionCredit('Interest payments could surpass the Defense budget in 2023.CreditCredit…Jeon Heon-Kyun/EPA')).toEqual({ caption: 'Interest payments could surpass the Defense budget in 2023.', credit: 'Jeon Heon-Kyun/EPA' });
    expect(splitCaptionCredit('Le pont au lever du jour.CréditCrédit…Jean Dupont/AFP')).toEqual({ caption: 'Le pont au lever du jour.', credit: 'Jean Dupont/AFP' });
    expect(splitCaptionCredit('CreditEllen Surrey')).toEqual({ caption: '', credit: 'Ellen Surrey' });
    expect(splitCaptionCredit('CreditKevin Frayer/Getty Images')).toEqual({ caption: '', credit: 'Kevin Frayer/Getty Images' });
    expect(splitCaptionCredit('The team celebrates. Credits roll at the end.')).toEqual({ caption: 'The team celebrates. Credits roll at the end.', credit: '' });
  });

  it('reads a caption that is only "Credit…" and a credit as the credit, whatever its words (its caption hidden from the copy)', () => {
    expect(splitCaptionCredit('Credit...Ed Murray/NJ Advance Media for NJ.com')).toEqual({ caption: '', credit: 'Ed Murray/NJ Advance Media for NJ.com' });
    expect(splitCaptionCredit('Photo: the new bridge at dawn.')).toEqual({ caption: 'Photo: the new bridge at dawn.', credit: '' });
  });
});
