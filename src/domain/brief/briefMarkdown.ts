import { CHANGE_GROUPS } from '../diff/contributions';
import type { Brief, BriefNode } from './briefContent';
import {
  approverWords,
  driverWords,
  findOutWords,
  GROUP_WORDS,
  KNOWLEDGE_WORDS,
  KIND_WORD,
  planItemWords,
} from './briefWords';
import { markdownText } from './markdownText';
import { points, signedPoints } from './numbers';

export interface BriefMarkdownOptions {
  /** The file name of the map image saved next to the Markdown; no image line without it (or imageData). */
  imageFile?: string;
  /**
   * The map image itself, as a `data:image/svg+xml;base64,…` or `data:image/png;base64,…` URL: embedded,
   * so the brief is one file. Anything else is ignored (it could close the image's parentheses).
   */
  imageData?: string;
  /** When the brief was made (YYYY-MM-DD), shown under the title. */
  date?: string;
}

const orNotSet = (value: string) => (value.trim() === '' ? '_not set_' : markdownText(value));
const nodeName = (d: BriefNode) => `**${markdownText(`${KIND_WORD[d.kind]}: ${d.label}`)}**`;
const addressed = (d: { addressedBy: string[] }, nobody = 'no plan item addresses it') =>
  d.addressedBy.length === 0 ? nobody : `addressed by ${d.addressedBy.map(markdownText).join('; ')}`;

/**
 * The decision brief as Markdown: the page a facilitator sends after the workshop. Every label, title
 * and question goes through `markdownText`, so a label such as `<img onerror=…>` or `[x](javascript:…)`
 * arrives as the text it is.
 */
const IMAGE_DATA = /^data:image\/(svg\+xml|png);base64,[A-Za-z0-9+/]+={0,2}$/;

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

  const band = brief.band.high > brief.band.low ? `, up to ${points(brief.band.high)}` : '';
  add(`## Obviousness: ${points(brief.score)} / 100${band}`, '', brief.scoreSentence, '');

  add('## Change first: the constraint', '');
  if (brief.constraint) add(`${nodeName(brief.constraint)} (${driverWords(brief.constraint)})`, '');
  add(brief.constraintSentence, '');
  if (brief.path.length > 1)
    add(
      `Then: ${brief.path
        .slice(1)
        .map((d) => nodeName(d))
        .join(', then ')}.`,
      '',
    );

  add('## Find out first', '');
  if (brief.firstFindOut)
    add(`${markdownText(brief.firstFindOut.question)} (${findOutWords(brief.firstFindOut)})`, '');
  add(brief.findOutSentence, '');

  add('## Top drivers', '');
  if (brief.drivers.length === 0) add('No known node would raise the score.', '');
  else
    add(...brief.drivers.map((d, i) => `${i + 1}. ${nodeName(d)} (${driverWords(d)}): ${addressed(d)}`), '');

  if (brief.findOuts.length > 0) {
    add('## What to find out', '');
    add(
      ...brief.findOuts.map(
        (f, i) =>
          `${i + 1}. ${markdownText(f.question)} (${findOutWords(f)}): ${addressed(f, 'no plan item will find it out')}`,
      ),
      '',
    );
  }

  add('## Approvers', '');
  list(
    brief.approvers.map((a) => `${markdownText(a.label)}${approverWords(a)}`),
    'No approver is mapped yet.',
  );

  add('## Open questions', '');
  list(brief.openQuestions.map(markdownText), 'None: every state on the map is answered.');

  add('## The plan', '', brief.ceilingSentence, '');
  list(
    brief.plan.map(
      (p) =>
        `**${markdownText(p.title)}**: ${planItemWords(p)}${p.leaves ? ` (it leaves ${nodeName(p.leaves)})` : ''}`,
    ),
    'No plan items yet.',
  );
  add('### Gaps: what matters and no plan item addresses', '');
  list(
    brief.gaps.map((g) =>
      g.findOut
        ? `${markdownText(g.question)} (${findOutWords(g)}): nobody is finding out`
        : `${nodeName(g)} (${driverWords(g)})${brief.constraint?.id === g.id ? ': **the constraint**' : ''}`,
    ),
    'None: the plan addresses everything that matters.',
  );

  add('## What we know and what we assume', '', markdownText(brief.knowledge.sentence), '');
  if (brief.knowledge.assumed.length > 0)
    add(`Assumed (no market evidence): ${brief.knowledge.assumed.map(nodeName).join('; ')}`, '');
  if (brief.knowledge.stale.length > 0)
    add(
      `Stale (market evidence older than two quarters): ${brief.knowledge.stale.map(nodeName).join('; ')}`,
      '',
    );
  if (brief.knowledge.questions.length > 0) {
    add('To take to the market:', '');
    list(brief.knowledge.questions.map(markdownText), '');
  }

  const deals = brief.deals;
  add('## What the deals say', '');
  if (deals.count > 0)
    add(
      `${deals.count} deals: ${deals.won} won, ${deals.lost} lost, ${deals.noDecision} no decision, ${deals.open} open.`,
      '',
    );
  add(deals.sentence, '');
  if (deals.disagreements.length > 0)
    list(
      deals.disagreements.map((d) => `${nodeName(d.node)}: ${markdownText(d.says)}`),
      '',
    );

  if (brief.since) {
    const since = brief.since;
    add(`## Since ${markdownText(since.period || 'the map this one is based on')}`, '');
    add(`The score moved ${signedPoints(since.scoreDelta)} points:`, '');
    list(
      CHANGE_GROUPS.map((group) => `${GROUP_WORDS[group]}: ${signedPoints(since.groups[group])}`),
      '',
    );
    if (since.retagged.length > 0)
      add(
        `Re-tagged plan items (the ceiling moved, not the score): ${since.retagged.map(markdownText).join('; ')}`,
        '',
      );
    if (since.evidence.length > 0) {
      add('Where the states come from, then and now:', '');
      list(
        since.evidence.map(
          ({ group, labels }) => `${KNOWLEDGE_WORDS[group]}: ${labels.map(markdownText).join('; ')}`,
        ),
        '',
      );
    }
  }

  const image =
    options.imageData !== undefined && IMAGE_DATA.test(options.imageData)
      ? options.imageData
      : options.imageFile
        ? encodeURIComponent(options.imageFile)
        : null;
  if (image !== null)
    add('## The map', '', `![${markdownText(`Decision map: ${brief.title}`)}](${image})`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
