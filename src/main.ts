import en from '../stories/kol-cardiology-first-visit/en.ink';
import zh from '../stories/kol-cardiology-first-visit/zh-CN.ink';
import { VisitSession } from './core/visit/visitSession';

// A plain text player of the shipped scenario; story text always goes in as text, never as HTML.
const app = document.getElementById('app') as HTMLElement;
const lang = new URLSearchParams(location.search).get('lang') ?? (navigator.language.startsWith('zh') ? 'zh-CN' : 'en');
const visit = VisitSession.start(lang === 'zh-CN' ? zh : en);
document.documentElement.lang = visit.header.lang;

function el(tag: string, text: string, className = ''): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  node.className = className;
  return node;
}

function render(): void {
  for (const line of visit.lines) if (line.text) app.append(el('p', line.text, line.speaker));
  document.querySelector('[data-testid=choices]')?.remove();
  if (visit.ended) {
    const total = el('p', `${visit.report.total}/100`);
    total.dataset.testid = 'debrief-total';
    app.append(total);
    return;
  }
  const list = el('div', '');
  list.dataset.testid = 'choices';
  visit.choices.forEach((choice, i) => {
    const button = el('button', `${i + 1}. ${choice.text}`) as HTMLButtonElement;
    button.addEventListener('click', () => choose(i));
    list.append(button);
  });
  app.append(list);
  (list.firstElementChild as HTMLElement | null)?.focus();
}

function choose(index: number): void {
  const chosen = visit.choices[index];
  if (!chosen) return;
  app.append(el('p', `› ${chosen.text}`, 'rep'));
  visit.choose(index);
  render();
}

document.addEventListener('keydown', (event) => {
  if (/^[1-9]$/.test(event.key)) choose(Number(event.key) - 1);
});
app.append(el('h1', visit.header.title));
render();
