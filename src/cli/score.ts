import { expectPositionals, type ParsedArgs } from './args';
import type { CliIO } from './io';
import { analyze } from '../domain/analysis/analyze';
import { VERDICT_ORDER, VERDICT_WORDS } from '../domain/analysis/planVerdict';
import { evidenceReport } from './evidenceReport';
import type { Analysis, PlanVerdict } from '../domain/analysis/types';
import type { DecisionMap } from '../domain/records/map';
import { EXIT, type ExitCode } from './errors';
import { loadInput, pickMap } from './loadFile';
import { safeJson, safeLine } from './terminalText';
import { count, heading, namesOf, points, signedColumn, signedPoints } from './text';

const TOP_DRIVERS = 5;

/** The plan verdicts in the order a room reads them, each with its mark in the report. */
const VERDICT_MARK: Record<PlanVerdict, string> = {
  'internal-logic': '!',
  'low-leverage': '~',
  insufficient: '-',
  'high-leverage': '+',
};

/** The readable report of one map's analysis, line by line. */
export function scoreReport(map: DecisionMap, analysis: Analysis): string[] {
  const name = namesOf(map);
  const kinds = new Map(map.nodes.map((node) => [node.id, node.kind]));
  const kindAndId = (id: string) => `${kinds.get(id) ?? 'node'} ${safeLine(id)}`;
  const lines = [heading(map)];
  if (map.decision.trim() !== '') lines.push(`Decision: ${safeLine(map.decision)}`);
  const { band, findOut } = analysis;
  const questions =
    findOut.length === 1 ? 'the open question is' : `the ${findOut.length} open questions are`;
  lines.push(
    band.high > band.low
      ? `Obviousness ${points(analysis.score)} / 100, up to ${points(band.high)} once ${questions} answered (each counted halfway)`
      : `Obviousness ${points(analysis.score)} / 100`,
    '',
  );

  const constraint = analysis.drivers[0];
  if (analysis.constraint === null || !constraint)
    lines.push(
      findOut.length > 0
        ? 'Change first: nothing known would raise the score — what holds it back is still to be found out.'
        : 'Constraint: none — resolving any single node would not raise the score.',
    );
  else {
    lines.push(
      `Change first (the constraint): ${name(constraint.id)}, lift ${signedPoints(constraint.lift)}`,
    );
    if (analysis.path.length > 1) lines.push(`  then ${analysis.path.slice(1).map(name).join(', then ')}`);
  }
  const first = findOut[0];
  if (first)
    lines.push(
      `Find out first: ${safeLine(first.question)} (${kindAndId(first.id)}), worth ${signedPoints(first.value)} if answered halfway`,
    );

  if (analysis.drivers.length > 0) {
    lines.push('', 'Top drivers (the score if this node alone were resolved, minus today’s)');
    // A driver held down by an unknown can have a lift too small to show at one decimal.
    for (const driver of analysis.drivers.slice(0, TOP_DRIVERS))
      lines.push(
        `  ${(driver.lift > 0 ? signedColumn(driver.lift) : '<0.1').padStart(6)}  ${name(driver.id)}`,
      );
    const more = analysis.drivers.length - TOP_DRIVERS;
    if (more > 0) lines.push(`  … and ${count(more, 'more driver')}`);
  }

  if (findOut.length > 0) {
    lines.push('', 'What to find out (the score if the answer came back halfway, minus today’s)');
    for (const f of findOut.slice(0, TOP_DRIVERS))
      lines.push(`  ${signedColumn(f.value).padStart(6)}  ${safeLine(f.question)} (${kindAndId(f.id)})`);
    const more = findOut.length - TOP_DRIVERS;
    if (more > 0) lines.push(`  … and ${count(more, 'more question')}`);
  }

  const others = analysis.openQuestions.filter(
    (q) => !findOut.some((f) => f.id === q.id && f.question === q.question),
  );
  if (others.length > 0) {
    lines.push('', 'Open questions');
    for (const question of others) lines.push(`  - ${safeLine(question.question)}`);
  }

  lines.push('', `Plan (${count(map.plan.length, 'item')})`);
  const constraintName = analysis.constraint === null ? null : name(analysis.constraint);
  for (const verdict of VERDICT_ORDER) {
    const items = analysis.plan.items.filter((item) => item.verdict === verdict);
    if (items.length === 0) continue;
    const words = VERDICT_WORDS[verdict];
    const leaves =
      verdict === 'insufficient' && constraintName ? ` (it leaves the constraint: ${constraintName})` : '';
    lines.push(`  ${words.name} — ${words.meaning}${leaves}:`);
    for (const item of items)
      lines.push(
        `    ${VERDICT_MARK[verdict]} ${name(item.id)}${verdict === 'internal-logic' ? '' : `, lift ${signedPoints(item.lift)}`}`,
      );
  }
  if (analysis.plan.gaps.length > 0) {
    lines.push('  Gaps — what matters and no plan item addresses:');
    for (const id of analysis.plan.gaps) {
      const question = findOut.find((f) => f.id === id);
      if (question)
        lines.push(`    ? ${safeLine(question.question)} (${kindAndId(id)}): nobody is finding out`);
      else {
        const loud = id === analysis.constraint ? '  ← THE CONSTRAINT: no plan item addresses it' : '';
        lines.push(`    - ${name(id)}${loud}`);
      }
    }
  }
  const { low, high } = analysis.plan.ceilingBand;
  lines.push(
    `  Even if the whole plan works, the decision is ${points(high)}% obvious${
      low < high ? ` (${points(low)}% if the questions it leaves open come back as the worst answer)` : ''
    }.`,
  );
  return [...lines, ...evidenceReport(map, analysis)];
}

/** `obvious score`: see its entry in commands.ts. */
export async function run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
  const [file = '-'] = expectPositionals(args, ['FILE'], 'score');
  const map = pickMap(await loadInput(file, io), file, args.values.get('map'), '--map');
  const analysis = analyze(map);
  io.out(`${args.switches.has('json') ? safeJson(analysis) : scoreReport(map, analysis).join('\n')}\n`);
  return EXIT.ok;
}
