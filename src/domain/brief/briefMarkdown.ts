import {
  approverWords,
  driverWords,
  FLAG_WORDS,
  type Brief,
  type BriefDriver,
} from './briefContent';
import { KIND_NAME } from '../words';
import { markdownText } from './markdownText';
import { points } from './numbers';

export interface BriefMarkdownOptions {
  /** The file name of the map image saved next to the Markdown; no image line without it. */
  imageFile?: string;
  /** When the brief was made (YYYY-MM-DD), shown under the title. */
  date?: string;
}

const orNotSet = (value: string) => (value.trim() === '' ? '_not set_' : markdownText(value));
const nodeName = (d: BriefDriver) => `**${markdownText(`${KIND_NAME[d.kind]}: ${d.label}`)}**`;
const addressed = (d: BriefDriver) =>
  d.addressedBy.length === 0
    ? 'no plan item addresses it'
    : `addressed by ${d.addressedBy.map(markdownText).join('; ')}`;

/**
 * The decision brief as Markdown: the page a facilitator sends after the workshop. Every label, title
 * and question goes through `markdownText`, so a label such as `<img onerror=…>` or `[x](javascript:…)`
 * arrives as the text it is.
 */
export function briefMarkdown(brief: Brief, options: BriefMarkdownOptions = {}): string {
  const lines: string[] = [];
  const add = (...more: string[]) => lines.push(...more);
  const list = (items: readonly string[], none: string) =>
    add(...(items.length === 0 ? [none] : items.map((i) => `- ${i}`)), '');

  add(`# Decision brief: ${markdownText(brief.title)}`, '');
  if (options.date) add(`_${markdownText(options.date)}_`, '');
  add(
    `**Decision:** ${orNotSet(brief.decision)}  `,
    `**Market:** ${orNotSet(brief.market)}  `,
    `**Period:** ${orNotSet(brief.period)}`,
    '',
  );

  add(`## Obviousness: ${points(brief.score)} / 100`, '', brief.scoreSentence, '');

  add('## The constraint', '');
  if (brief.constraint) add(`${nodeName(brief.constraint)} (${driverWords(brief.constraint)})`, '');
  add(brief.constraintSentence, '');

  add('## Top drivers', '');
  if (brief.drivers.length === 0) add('No node would raise the score.', '');
  else
    add(...brief.drivers.map((d, i) => `${i + 1}. ${nodeName(d)} (${driverWords(d)}): ${addressed(d)}`), '');

  add('## Approvers', '');
  list(
    brief.approvers.map((a) => `${markdownText(a.label)}${approverWords(a)}`),
    'No approver is mapped yet.',
  );

  add('## Open questions', '');
  list(brief.openQuestions.map(markdownText), 'None: every state on the map is answered.');

  add('## The plan', '', brief.ceilingSentence, '');
  add('### Plan flags', '');
  list(
    brief.flaggedPlan.map(
      (p) => `**${markdownText(p.title)}**: ${p.flags.map((f) => FLAG_WORDS[f]).join('; ')}`,
    ),
    brief.planCount === 0 ? 'No plan items yet.' : 'No plan item is flagged.',
  );
  add('### Gaps: drivers no plan item addresses', '');
  list(
    brief.gaps.map(
      (d) =>
        `${nodeName(d)} (${driverWords(d)})${brief.constraint?.id === d.id ? ': **the constraint**' : ''}`,
    ),
    'None: the plan addresses every driver that matters.',
  );

  if (options.imageFile)
    add(
      '## The map',
      '',
      `![${markdownText(`Decision map: ${brief.title}`)}](${encodeURIComponent(options.imageFile)})`,
      '',
    );
  return `${lines.join('\n').trimEnd()}\n`;
}
