import { expectPositionals, type ParsedArgs } from './args';
import type { CliIO } from './io';
import { analyze } from '../domain/analysis/analyze';
import type { Analysis } from '../domain/analysis/types';
import type { DecisionMap } from '../domain/records/map';
import { EXIT, type ExitCode } from './errors';
import { loadInput, pickMap } from './loadFile';
import { safeJson, safeLine } from './terminalText';
import { count, heading, namesOf, points, signedColumn, signedPoints } from './text';

const TOP_DRIVERS = 5;

/** The readable report of one map's analysis, line by line. */
export function scoreReport(map: DecisionMap, analysis: Analysis): string[] {
  const name = namesOf(map);
  const lines = [heading(map)];
  if (map.decision.trim() !== '') lines.push(`Decision: ${safeLine(map.decision)}`);
  lines.push(`Obviousness ${points(analysis.score)} / 100`, '');

  const constraint = analysis.drivers[0];
  if (analysis.constraint === null || !constraint)
    lines.push('Constraint: none — resolving any single node would not raise the score.');
  else lines.push(`Constraint: ${name(constraint.id)}, lift ${signedPoints(constraint.lift)}`);

  if (analysis.drivers.length > 0) {
    lines.push('', 'Top drivers (the score if this node alone were resolved, minus today’s)');
    for (const driver of analysis.drivers.slice(0, TOP_DRIVERS))
      lines.push(`  ${signedColumn(driver.lift).padStart(6)}  ${name(driver.id)}`);
    const more = analysis.drivers.length - TOP_DRIVERS;
    if (more > 0) lines.push(`  … and ${count(more, 'more driver')}`);
  }

  if (analysis.openQuestions.length > 0) {
    lines.push('', 'Open questions');
    for (const question of analysis.openQuestions) lines.push(`  - ${safeLine(question.question)}`);
  }

  lines.push('', `Plan (${count(map.plan.length, 'item')})`);
  const flagged = (flag: 'unanchored' | 'low-leverage') =>
    analysis.plan.items.filter((item) => item.flags.includes(flag)).map((item) => name(item.id));
  const unanchored = flagged('unanchored');
  const lowLeverage = flagged('low-leverage');
  if (unanchored.length > 0) {
    lines.push('  Unanchored — addresses nothing in the market’s decision:');
    for (const title of unanchored) lines.push(`    ! ${title}`);
  }
  if (lowLeverage.length > 0) {
    lines.push(
      '  Low leverage — what it addresses is resolved already or lifts the score by less than a point:',
    );
    for (const title of lowLeverage) lines.push(`    ~ ${title}`);
  }
  if (analysis.plan.gaps.length > 0) {
    lines.push('  Gaps — drivers no plan item addresses:');
    for (const id of analysis.plan.gaps) {
      const loud = id === analysis.constraint ? '  ← THE CONSTRAINT: no plan item addresses it' : '';
      lines.push(`    - ${name(id)}${loud}`);
    }
  }
  lines.push(`  Even if the whole plan works, the decision is ${points(analysis.plan.ceiling)}% obvious.`);
  return lines;
}

/** `obvious score`: see its entry in commands.ts. */
export async function run(args: ParsedArgs, io: CliIO): Promise<ExitCode> {
  const [file = '-'] = expectPositionals(args, ['FILE'], 'score');
  const map = pickMap(await loadInput(file, io), file, args.values.get('map'), '--map');
  const analysis = analyze(map);
  io.out(`${args.switches.has('json') ? safeJson(analysis) : scoreReport(map, analysis).join('\n')}\n`);
  return EXIT.ok;
}
