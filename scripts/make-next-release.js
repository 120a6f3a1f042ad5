// Makes fixtures/zhytomyr-2023-12m.txt: the sample edited the way the next release
// would change it, for the diff tests. Each edit must apply exactly once; the test
// (test/diff.test.ts) asserts the diff finds exactly these and nothing else.
import { readFileSync, writeFileSync } from 'node:fs';

let text = readFileSync('fixtures/zhytomyr-2023-9m.txt', 'utf8');

function edit(description, from, to) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${description}: expected one «${from.slice(0, 60)}», found ${count}`);
  text = text.replace(from, to);
}

// The period moves on.
edit('title period', 'за 9 місяців 2023 року**', 'за 2023 рік**');
edit('footnote period', 'за 9 міс. 2023 року', 'за 2023 рік');
// Statuses advance.
edit(
  'Освіта 4.5: in progress → completed',
  'Продовжуються роботи з капітального ремонту покрівлі',
  'Роботи з капітального ремонту покрівлі завершено',
);
edit(
  'Культура 5.3: planned → completed',
  'Проведення Міжнародної хореографічної асамблеї імені Н. Скорульської заплановано на листопад',
  'Проведено Міжнародну хореографічну асамблею імені Н. Скорульської у листопаді',
);
// A percentage rises.
edit(
  'Стала мобільність 2.1: 81% → 94%',
  'Рівень виконання робіт становить 81,0%.',
  'Рівень виконання робіт становить 94,0%.',
);
// An amount changes.
edit('Підприємництво 5.2: 434,090 → 512,300', '\t434,090\n', '\t512,300\n');
// A measure is added after Освіта 2.3.
const added =
  '\t\t2.4. Облаштування інклюзивних ресурсних кімнат у закладах загальної середньої освіти\tДепартамент освіти міської ради\tОблаштовано 3 ресурсні кімнати\tПрограма розвитку освіти Житомирської міської територіальної громади на період 2022-2026 років\n';
const line23 = text
  .split('\n')
  .find((l) => l.startsWith('\t\t2.3. Забезпечення реалізації програми "Нова українська школа"'));
edit('Освіта 2.4 added', `${line23}\n`, `${line23}\n${added}`);
// A measure is removed: Культура 5.6.
const line56 = text.split('\n').find((l) => l.startsWith('\t\t5.6. Організація та проведення Космічного фестивалю'));
edit('Культура 5.6 removed', `${line56}\n`, '');
// A measure is renumbered: Громадська безпека 1.7 → 1.8.
edit(
  'Громадська безпека 1.7 → 1.8',
  '\t\t1.7. Створення (будівництво) систем відеоспостереження на території гідропарку',
  '\t\t1.8. Створення (будівництво) систем відеоспостереження на території гідропарку',
);

writeFileSync('fixtures/zhytomyr-2023-12m.txt', text);
console.error('wrote fixtures/zhytomyr-2023-12m.txt');
