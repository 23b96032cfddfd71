import type { DecisionNode } from '../records/node';
import { stateOf } from '../records/nodeState';
import { itemFactor, penaltyWeight, stateValue, WORST_STATE_VALUE } from './factors';
import { doubtOf, needsLog, readinessLog, readinessOfDoubt } from './readiness';
import { round1 } from './round';
import { EDGE_KIND_NUMBER, type GraphSide, type ScoringGraph } from './scoringGraph';
import { UndoJournal } from './undoJournal';
import {
  CARRY,
  HIGHEST_IMPERFECT_SCORE,
  MIDDLING_STANCE,
  PERFECT_SCORE,
  PROOF_SHARE_OF_RISK_REDUCTION,
  STANCE_VALUE,
} from './weights';

// Slots of the running totals.
const DOUBT_SUM = 0; // Σ doubt over veto approvers
const SUPPORT_SUM = 1; // Σ influence × r over the other approvers
const SUPPORT_WEIGHT = 2; // Σ influence over the other approvers
const APPROVER_COUNT = 3;
const IMPERFECT_COUNT = 4; // approvers with r < 1
const SUPPORT_COUNT = 5; // approvers without a veto
const CARRIED = 6; // k: how far the strongest supporter without a veto carries a veto holder's stance

/** The ρ of a proof that does not count as a reducer (absent, or its edge off): below every real ρ. */
const NO_REDUCER = -1;

// What an approver currently adds to the totals.
const NOT_COUNTED = 0;
const IN_GATE = 1;
const IN_SUPPORT = 2;

// Read once: these run for every what-if of every node.
const PERFECT = PERFECT_SCORE;
const HIGHEST_IMPERFECT = HIGHEST_IMPERFECT_SCORE;
const PROOF_SHARE = PROOF_SHARE_OF_RISK_REDUCTION;
const REDUCES = EDGE_KIND_NUMBER.reduces;
const INFLUENCES = EDGE_KIND_NUMBER.influences;

/** Every stance value an approver can have (the middling answer included), lowest first. */
const STANCE_LEVELS = [...new Set([...Object.values(STANCE_VALUE), MIDDLING_STANCE, 1])].sort(
  (a, b) => a - b,
);
/**
 * The highest stance level at or below `value` (its own when it is one), −1 below them all. A loop
 * over numbers: a built-in search would be handed `value` as a new number object on every recount.
 */
const levelOf = (value: number): number => {
  let level = -1;
  while (level + 1 < STANCE_LEVELS.length && STANCE_LEVELS[level + 1]! <= value) level++;
  return level;
};

/**
 * The one evaluator of obviousness (docs/scoring.md). An approver's readiness r comes from their
 * stance and their needs (readiness.ts); every veto holder, and the approvers without a veto
 * together (their influence-weighted mean readiness), each add a doubt 1/r² − 1; the score is
 * 100 / √(1 + total doubt).
 *
 * It keeps every intermediate value (each item's effective resolution, each link's log-factor, each
 * approver's lowest and summed log-factors, what each approver adds to the totals) and, when a node or
 * edge changes, recomputes only what depends on it. `checkpoint` / `rollback` undo changes exactly,
 * so a what-if ("this node resolved", "this question answered halfway") costs only the links it
 * touches. analyze, plan analysis and diff all use it.
 */
export class ScoreModel {
  private readonly present: Float64Array;
  private readonly value: Float64Array; // σ or ρ of the node's own state
  private readonly unknownStance: Float64Array;
  private readonly unknownState: Float64Array; // 1 while the node's state is `unknown`
  private readonly penalty: Float64Array; // c of an item
  private readonly veto: Float64Array;
  private readonly influence: Float64Array;
  private readonly reducerBest: Float64Array; // risk: best ρ among the proofs that reduce it
  private readonly reducersAtBest: Float64Array; // risk: how many of them are at that best (when above 0)
  private readonly effective: Float64Array; // item: ρ counted in its factor
  private readonly linkLogSum: Float64Array; // approver: Σ log f over its links
  private readonly lowestLinkLog: Float64Array; // approver: min(0, the lowest log f of its links)
  private readonly lowestCount: Float64Array; // approver: links at that lowest value (when below 0)
  private readonly countedAs: Float64Array;
  private readonly countedDoubt: Float64Array;
  private readonly countedWeight: Float64Array;
  private readonly countedReady: Float64Array;
  private readonly countedImperfect: Float64Array;
  private readonly countedLevel: Float64Array; // 1 + stance level of an approver without a veto, else 0
  private readonly levelCount: Float64Array; // approvers without a veto at each stance level
  private readonly edgeOn: Float64Array;
  private readonly linkLog: Float64Array;
  private readonly totals = new Float64Array(7);
  private readonly vetoApprovers: number[];
  /** In a model built resolved: each node's state as its record gives it (what `restoreAt` puts back). */
  private readonly recorded?: {
    value: Float64Array;
    unknownStance: Float64Array;
    unknownState: Float64Array;
  };

  private readonly journal = new UndoJournal();

  /**
   * @param resolved build the map with every node in its best state (what the plan check weighs
   *   against), without copying a record
   * @param sameSide a model of the same side, changed only inside what-ifs (checkpoint … rollback):
   *   while none is open, its node fields are copied rather than read from the records again
   */
  constructor(
    private readonly graph: ScoringGraph,
    private readonly side: GraphSide,
    resolved = false,
    sameSide?: ScoreModel,
  ) {
    const nodeCount = graph.ids.length;
    const edgeCount = graph.edgeKindNumbers.length;
    this.present = new Float64Array(nodeCount);
    this.value = new Float64Array(nodeCount);
    this.unknownStance = new Float64Array(nodeCount);
    this.unknownState = new Float64Array(nodeCount);
    this.penalty = new Float64Array(nodeCount);
    this.veto = new Float64Array(nodeCount);
    this.influence = new Float64Array(nodeCount);
    this.reducerBest = new Float64Array(nodeCount);
    this.reducersAtBest = new Float64Array(nodeCount);
    this.effective = new Float64Array(nodeCount);
    this.linkLogSum = new Float64Array(nodeCount);
    this.lowestLinkLog = new Float64Array(nodeCount);
    this.lowestCount = new Float64Array(nodeCount);
    this.countedAs = new Float64Array(nodeCount);
    this.countedDoubt = new Float64Array(nodeCount);
    this.countedWeight = new Float64Array(nodeCount);
    this.countedReady = new Float64Array(nodeCount);
    this.countedImperfect = new Float64Array(nodeCount);
    this.countedLevel = new Float64Array(nodeCount);
    this.levelCount = new Float64Array(STANCE_LEVELS.length);
    this.edgeOn = new Float64Array(edgeCount);
    this.edgeOn.set(side.edges); // a copy between typed arrays: no iteration in script
    this.linkLog = new Float64Array(edgeCount);

    if (sameSide?.journal.atRest()) {
      for (const field of [
        'present',
        'value',
        'unknownStance',
        'unknownState',
        'penalty',
        'veto',
        'influence',
      ] as const)
        this[field].set(sameSide[field]);
    } else side.nodes.forEach((node, n) => this.writeNodeFields(n, node));
    if (resolved) {
      this.recorded = {
        value: this.value.slice(),
        unknownStance: this.unknownStance.slice(),
        unknownState: this.unknownState.slice(),
      };
      for (let n = 0; n < nodeCount; n++) {
        if (this.present[n] !== 1) continue;
        this.value[n] = 1;
        this.unknownStance[n] = 0;
        this.unknownState[n] = 0;
      }
    }
    this.vetoApprovers = graph.approvers;
    for (let n = 0; n < nodeCount; n++) {
      if (graph.kinds[n] === 'risk') this.rescanReducers(n);
    }
    for (let n = 0; n < nodeCount; n++) {
      if (graph.kinds[n] !== 'approver') this.effective[n] = this.effectiveOf(n);
    }
    for (let e = 0; e < edgeCount; e++) {
      if (graph.linkApprover[e]! >= 0) this.linkLog[e] = this.computeLinkLog(e);
    }
    // Sums in id order, so the result never depends on the order of records in a file. Approvers
    // without a veto first: their stances set how far every veto holder is carried.
    for (const a of graph.approvers) this.rescanLinks(a);
    for (const a of graph.approvers) if (this.veto[a] !== 1) this.recountOne(a);
    this.syncCarry();
    for (const a of graph.approvers) if (this.veto[a] === 1) this.recountOne(a);
  }

  /** Obviousness as shown: one decimal, 100 only when fully resolved, 0 with no approvers. */
  score(): number {
    return this.shown(this.rawScore());
  }

  /**
   * The score as shown, given `raw`, the model's rawScore() as it is now: for a what-if that needs
   * both, without working the formula out twice.
   */
  shown(raw: number): number {
    if (this.totals[APPROVER_COUNT]! === 0) return 0;
    if (this.totals[IMPERFECT_COUNT]! === 0) return PERFECT;
    return Math.min(HIGHEST_IMPERFECT, round1(raw));
  }

  /** Obviousness before rounding: 100 / √(1 + total doubt) (0 with no approvers). */
  rawScore(): number {
    const t = this.totals;
    if (t[APPROVER_COUNT]! === 0) return 0;
    if (t[IMPERFECT_COUNT]! === 0) return PERFECT;
    let doubt = t[DOUBT_SUM]!;
    if (t[SUPPORT_COUNT]! > 0) doubt += doubtOf(Math.log(t[SUPPORT_SUM]! / t[SUPPORT_WEIGHT]!));
    return PERFECT * readinessOfDoubt(doubt);
  }

  /** r, 0–1: the approver's readiness to say yes. */
  readiness(approver: number): number {
    return Math.exp(this.readinessLogOf(approver));
  }

  /**
   * At most how much of a fully obvious decision node n can carry alone (everything else resolved):
   * each approver it touches is then at least as ready as the item's own factor, and each is at most
   * one voice. 100 for an approver. Lets the plan check skip what-ifs that cannot reach a threshold.
   */
  weightBound(n: number): number {
    if (this.present[n] !== 1 || this.graph.kinds[n] === 'approver') return this.present[n] === 1 ? 100 : 0;
    const own = itemFactor(this.penalty[n]!, this.value[n]!);
    const { start, edges } = this.graph.links;
    let vetoes = 0;
    let supportShare = 0;
    for (let i = start[n]!; i < start[n + 1]!; i++) {
      const a = this.graph.linkApprover[edges[i]!]!;
      if (this.present[a] !== 1) continue;
      if (this.veto[a] === 1) vetoes++;
      else supportShare += this.influence[a]!;
    }
    // The others' voice is an average: the approvers this item touches pull it down by their share only.
    const weight = this.totals[SUPPORT_WEIGHT]!;
    const support = weight > 0 ? 1 - (supportShare / weight) * (1 - own) : 1;
    const doubt = vetoes * (1 / (own * own) - 1) + (1 / (support * support) - 1);
    return PERFECT_SCORE - PERFECT_SCORE * readinessOfDoubt(doubt);
  }

  /**
   * At most the unrounded score with node n resolved. For a proof, risk or friction: as if every
   * approver it reaches (through its links, and a proof through the risks it reduces) had all their
   * needs met; an item moves no stance, so no carry. For an approver: a perfect score. Lets a search
   * for the largest lift skip what-ifs that cannot win.
   */
  resolvedBound(n: number): number {
    const t = this.totals;
    const { kinds, links, linkApprover, reduces, edgeTargets } = this.graph;
    if (kinds[n] === 'approver') return PERFECT;
    let doubt = t[DOUBT_SUM]!;
    let support = t[SUPPORT_SUM]!;
    // n itself, then (a proof) each risk it reduces; no closure, as this runs once per candidate.
    const first = reduces.start[n]!;
    const risks = kinds[n] === 'proof' ? reduces.start[n + 1]! - first : 0;
    for (let r = -1; r < risks; r++) {
      const item = r < 0 ? n : edgeTargets[reduces.edges[first + r]!]!;
      for (let i = links.start[item]!; i < links.start[item + 1]!; i++) {
        const a = linkApprover[links.edges[i]!]!;
        if (this.present[a] !== 1) continue;
        const veto = this.veto[a] === 1;
        const best = readinessLog(this.value[a]!, this.unknownStance[a] === 1, veto ? t[CARRIED]! : 0, 0);
        // A veto holder sheds doubt; the others add influence × readiness to their shared voice.
        if (veto) doubt -= this.countedDoubt[a]! - doubtOf(best);
        else support += this.influence[a]! * (Math.exp(best) - this.countedReady[a]!);
      }
    }
    if (t[SUPPORT_COUNT]! > 0) doubt += doubtOf(Math.log(Math.min(1, support / t[SUPPORT_WEIGHT]!)));
    return PERFECT * readinessOfDoubt(doubt);
  }

  /** f of an item as its approvers feel it (its effective resolution included). */
  itemFactor(item: number): number {
    return itemFactor(this.penalty[item]!, this.effective[item]!);
  }

  /** Whether a link edge currently counts: the edge exists and so does its item. */
  linkCounts(edge: number): boolean {
    const item = this.graph.linkItem[edge]!;
    return item >= 0 && this.edgeOn[edge] === 1 && this.present[item] === 1;
  }

  /** Whether node n is a present approver with a veto. */
  isVetoAt(n: number): boolean {
    return this.present[n] === 1 && this.veto[n] === 1;
  }

  /** Whether a node is present with an `unknown` state (a what-if that answers it clears this). */
  isUnknownAt(n: number): boolean {
    return this.present[n] === 1 && this.unknownState[n] === 1;
  }

  /** Whether a node is present and in its best state (champion, verified, reduced, removed). */
  isResolvedAt(n: number): boolean {
    return this.present[n] === 1 && this.value[n] === 1 && this.unknownStance[n] === 0;
  }

  /**
   * Whether `worstAt(n)` would leave the model as it is: node n is absent, or known and in its worst
   * explicit state already.
   */
  isAtWorstAt(n: number): boolean {
    return (
      this.present[n] !== 1 ||
      (this.value[n] === WORST_STATE_VALUE[this.graph.kinds[n]!] &&
        this.unknownStance[n] === 0 &&
        this.unknownState[n] === 0)
    );
  }

  /**
   * Whether a change to node n's state can reach the score. An approver's always can; an item's only
   * through its links to approvers, and a proof's also through the links of the risks it reduces. A
   * what-if on a node that reaches none moves no approver and no total, so it scores what the model
   * scores without it.
   */
  reachesTheScore(n: number): boolean {
    const { kinds, links, reduces, edgeTargets } = this.graph;
    if (kinds[n] === 'approver' || links.start[n + 1]! > links.start[n]!) return true;
    if (kinds[n] !== 'proof') return false;
    for (let i = reduces.start[n]!; i < reduces.start[n + 1]!; i++) {
      const risk = edgeTargets[reduces.edges[i]!]!;
      if (links.start[risk + 1]! > links.start[risk]!) return true;
    }
    return false;
  }

  /** Puts a node in a new state, or removes it (undefined); recomputes only what depends on it. */
  setNode(n: number, node: DecisionNode | undefined): void {
    const wasPresent = this.present[n] === 1;
    const oldValue = this.value[n]!;
    this.writeNodeFields(n, node);
    this.propagate(n, wasPresent, oldValue);
  }

  /**
   * Puts a node back in the state its record gives it: `setNode` with the node's own record. A model
   * built resolved takes the state it read from the record when it was built (the same values, no
   * record read again: the plan check weighs thousands of nodes this way); only the node's state can
   * differ from its record there, as presence, severity, veto and influence are the record's.
   */
  restoreAt(n: number): void {
    const recorded = this.recorded;
    if (!recorded) {
      this.setNode(n, this.side.nodes[n]);
      return;
    }
    const wasPresent = this.present[n] === 1;
    const oldValue = this.value[n]!;
    this.write(this.value, n, recorded.value[n]!);
    this.write(this.unknownStance, n, recorded.unknownStance[n]!);
    this.write(this.unknownState, n, recorded.unknownState[n]!);
    this.propagate(n, wasPresent, oldValue);
  }

  /** Puts a present node in its resolved state: what "what if this were resolved?" asks. */
  resolveAt(n: number): void {
    this.setValueAt(n, 1);
  }

  /** Answers a present node's question halfway (a middling stance, a half-resolved item). */
  answerHalfwayAt(n: number): void {
    this.setValueAt(n, this.graph.kinds[n] === 'approver' ? MIDDLING_STANCE : 0.5);
  }

  /**
   * Puts a present node in its worst explicit state (opposed, missing, unreduced, present), as
   * `setNode` with that state would, without a new record.
   */
  worstAt(n: number): void {
    this.setValueAt(n, WORST_STATE_VALUE[this.graph.kinds[n]!]);
  }

  private setValueAt(n: number, value: number): void {
    const oldValue = this.value[n]!;
    // Absent, or already in that state (a worst state put on a node at its worst): nothing moves.
    if (
      this.present[n] !== 1 ||
      (oldValue === value && this.unknownStance[n] === 0 && this.unknownState[n] === 0)
    )
      return;
    this.write(this.unknownStance, n, 0);
    this.write(this.unknownState, n, 0);
    this.write(this.value, n, value);
    this.propagate(n, true, oldValue);
  }

  private propagate(n: number, wasPresent: boolean, oldValue: number): void {
    switch (this.graph.kinds[n]) {
      case 'approver':
        this.recount(n);
        return;
      case 'proof': {
        const was = wasPresent ? oldValue : NO_REDUCER;
        const now = this.present[n] === 1 ? this.value[n]! : NO_REDUCER;
        this.refreshItem(n);
        const { start, edges } = this.graph.reduces;
        for (let i = start[n]!; i < start[n + 1]!; i++) {
          const e = edges[i]!;
          if (this.edgeOn[e] === 1) this.refreshReducers(this.graph.edgeTargets[e]!, was, now);
        }
        return;
      }
      default:
        this.refreshItem(n);
    }
  }

  /** Adds (on) or removes an edge. */
  setEdge(e: number, on: boolean): void {
    const next = on ? 1 : 0;
    if (this.edgeOn[e] === next) return;
    this.write(this.edgeOn, e, next);
    const kind = this.graph.edgeKindNumbers[e];
    if (kind === REDUCES) {
      const proof = this.graph.edgeSources[e]!;
      const value = this.present[proof] === 1 ? this.value[proof]! : NO_REDUCER;
      this.refreshReducers(this.graph.edgeTargets[e]!, on ? NO_REDUCER : value, on ? value : NO_REDUCER);
    } else if (kind !== INFLUENCES) {
      this.refreshLink(e);
    }
  }

  /** Starts recording changes; `rollback` with the returned mark undoes everything since. */
  checkpoint(): number {
    return this.journal.checkpoint();
  }

  rollback(mark: number): void {
    this.journal.rollback(mark);
  }

  // Every slot is a Float64Array, so the journal's one write site stays monomorphic (fast).
  private write(slots: Float64Array, i: number, next: number): void {
    this.journal.write(slots, i, next);
  }

  private writeNodeFields(n: number, node: DecisionNode | undefined): void {
    this.write(this.present, n, node ? 1 : 0);
    if (!node) return;
    this.write(this.value, n, stateValue(node));
    this.write(this.unknownState, n, stateOf(node) === 'unknown' ? 1 : 0);
    this.write(this.penalty, n, penaltyWeight(node));
    if (node.kind === 'approver') {
      this.write(this.unknownStance, n, node.stance === 'unknown' ? 1 : 0);
      this.write(this.veto, n, node.veto ? 1 : 0);
      this.write(this.influence, n, node.influence);
    }
  }

  /** Finds the best ρ among the proofs that currently reduce this risk (0 when none), and how many are at it. */
  private rescanReducers(risk: number): void {
    let best = 0;
    let count = 0;
    const { start, edges } = this.graph.reduces;
    for (let i = start[risk]!; i < start[risk + 1]!; i++) {
      const e = edges[i]!;
      const proof = this.graph.edgeSources[e]!;
      if (this.edgeOn[e] !== 1 || this.present[proof] !== 1) continue;
      const value = this.value[proof]!;
      if (value > best) {
        best = value;
        count = 1;
      } else if (value === best) count++;
    }
    this.write(this.reducerBest, risk, best);
    this.write(this.reducersAtBest, risk, count);
  }

  /**
   * One reducer of the risk moved from ρ `was` to ρ `now` (NO_REDUCER when it did not count). The
   * best is kept with how many reducers are at it, so only losing the last one at the best looks
   * at the risk's other reducers (a risk thousands of proofs reduce stays O(1) per what-if).
   */
  private refreshReducers(risk: number, was: number, now: number): void {
    const best = this.reducerBest[risk]!;
    if (now > best) {
      this.write(this.reducerBest, risk, now);
      this.write(this.reducersAtBest, risk, 1);
    } else {
      const count = this.reducersAtBest[risk]! + (now === best ? 1 : 0) - (was === best ? 1 : 0);
      // At 0 nothing can be lower: the count only matters above it.
      if (count <= 0 && best > 0) this.rescanReducers(risk);
      else this.write(this.reducersAtBest, risk, count);
    }
    // Most of the time the risk's effective resolution does not move: its approvers need no visit.
    if (this.effectiveOf(risk) !== this.effective[risk]) this.refreshItem(risk);
  }

  private effectiveOf(item: number): number {
    if (this.present[item] !== 1) return 0;
    const own = this.value[item]!;
    return this.graph.kinds[item] === 'risk' ? Math.max(own, PROOF_SHARE * this.reducerBest[item]!) : own;
  }

  private refreshItem(item: number): void {
    this.write(this.effective, item, this.effectiveOf(item));
    const { start, edges } = this.graph.links;
    if (start[item + 1] === start[item]) return;
    // Every link of the item that counts has the same log f (computeLinkLog's, worked out once).
    const log =
      this.present[item] === 1 ? Math.log(itemFactor(this.penalty[item]!, this.effective[item]!)) : 0;
    for (let i = start[item]!; i < start[item + 1]!; i++) {
      const e = edges[i]!;
      this.refreshLink(e, this.edgeOn[e] === 1 ? log : 0);
    }
  }

  /** log f of a link (0 when the link does not count). */
  private computeLinkLog(e: number): number {
    if (!this.linkCounts(e)) return 0;
    const item = this.graph.linkItem[e]!;
    return Math.log(itemFactor(this.penalty[item]!, this.effective[item]!));
  }

  /** Puts a link's new log f (computeLinkLog's) into its approver's sums and readiness. */
  private refreshLink(e: number, log = this.computeLinkLog(e)): void {
    const old = this.linkLog[e]!;
    if (log === old) return;
    const a = this.graph.linkApprover[e]!;
    this.write(this.linkLog, e, log);
    this.write(this.linkLogSum, a, this.linkLogSum[a]! - old + log);
    this.updateLowest(a, old, log);
    this.recount(a);
  }

  /** Keeps an approver's lowest link log (and how many links share it) as one link moves from `old` to `next`. */
  private updateLowest(a: number, old: number, next: number): void {
    const lowest = this.lowestLinkLog[a]!;
    let count = this.lowestCount[a]!;
    if (lowest < 0 && old === lowest) count--;
    if (next < lowest) {
      this.write(this.lowestLinkLog, a, next);
      this.write(this.lowestCount, a, 1);
      return;
    }
    if (lowest < 0 && next === lowest) count++;
    if (lowest < 0 && count === 0) this.rescanLinks(a);
    else this.write(this.lowestCount, a, count);
  }

  /** Recomputes an approver's lowest link log from all its links. */
  private rescanLinks(a: number): void {
    const { start, edges } = this.graph.links;
    let lowest = 0;
    let count = 0;
    let sum = 0;
    for (let i = start[a]!; i < start[a + 1]!; i++) {
      const log = this.linkLog[edges[i]!]!;
      sum += log;
      if (log < lowest) {
        lowest = log;
        count = 1;
      } else if (log === lowest && log < 0) count++;
    }
    this.write(this.lowestLinkLog, a, lowest);
    this.write(this.lowestCount, a, count);
    // On a rescan the sum is recounted too, in link order, which also sheds rounding drift.
    this.write(this.linkLogSum, a, sum);
  }

  private readinessLogOf(a: number): number {
    const carry = this.veto[a] === 1 ? this.totals[CARRIED]! : 0;
    const needs = needsLog(this.lowestLinkLog[a]!, this.linkLogSum[a]!);
    return readinessLog(this.value[a]!, this.unknownStance[a] === 1, carry, needs);
  }

  /** Recounts an approver; when a supporter's stance level moved, every veto holder's carry follows. */
  private recount(a: number): void {
    const levelBefore = this.countedLevel[a]!;
    this.recountOne(a);
    if (this.countedLevel[a] !== levelBefore) this.syncCarry();
  }

  /** k = CARRY × the highest stance among approvers without a veto; every veto holder recounted if it moved. */
  private syncCarry(): void {
    let top = -1;
    for (let level = STANCE_LEVELS.length - 1; level >= 0; level--) {
      if (this.levelCount[level]! > 0) {
        top = level;
        break;
      }
    }
    const carry = top < 0 ? 0 : CARRY * STANCE_LEVELS[top]!;
    if (carry === this.totals[CARRIED]) return;
    this.write(this.totals, CARRIED, carry);
    for (const v of this.vetoApprovers) if (this.countedAs[v] === IN_GATE) this.recountOne(v);
  }

  /** Replaces what an approver adds to the totals with its current readiness. */
  private recountOne(a: number): void {
    const present = this.present[a] === 1;
    const role = !present ? NOT_COUNTED : this.veto[a] === 1 ? IN_GATE : IN_SUPPORT;
    const log = present ? this.readinessLogOf(a) : 0;
    const doubt = role === IN_GATE ? doubtOf(log) : 0;
    const weight = role === IN_SUPPORT ? this.influence[a]! : 0;
    const ready = role === IN_SUPPORT ? Math.exp(log) : 0;
    const imperfect =
      present && (this.value[a]! < 1 || this.unknownStance[a] === 1 || this.lowestLinkLog[a]! < 0) ? 1 : 0;
    const level = role === IN_SUPPORT ? 1 + levelOf(this.value[a]!) : 0;
    const oldRole = this.countedAs[a]!;
    const oldLevel = this.countedLevel[a]!;
    if (
      role === oldRole &&
      doubt === this.countedDoubt[a] &&
      weight === this.countedWeight[a] &&
      ready === this.countedReady[a] &&
      imperfect === this.countedImperfect[a] &&
      level === oldLevel
    )
      return;

    // Only the totals and counted fields of the role this approver has, had or both are written.
    // Any other would be written its own value back (x − 0 + 0, 0 over 0, a count plus and minus the
    // same 1), which the journal skips anyway: the same result, with the few writes a recount needs
    // compiled inline (a recount runs for every approver of every what-if).
    const t = this.totals;
    if (role === IN_GATE || oldRole === IN_GATE) {
      this.write(t, DOUBT_SUM, t[DOUBT_SUM]! - this.countedDoubt[a]! + doubt);
      this.write(this.countedDoubt, a, doubt);
    }
    if (role === IN_SUPPORT || oldRole === IN_SUPPORT) {
      this.write(
        t,
        SUPPORT_SUM,
        t[SUPPORT_SUM]! - this.countedWeight[a]! * this.countedReady[a]! + weight * ready,
      );
      this.write(t, SUPPORT_WEIGHT, t[SUPPORT_WEIGHT]! - this.countedWeight[a]! + weight);
      this.write(this.countedWeight, a, weight);
      this.write(this.countedReady, a, ready);
    }
    if (role !== oldRole) {
      this.write(
        t,
        APPROVER_COUNT,
        t[APPROVER_COUNT]! + (present ? 1 : 0) - (oldRole === NOT_COUNTED ? 0 : 1),
      );
      this.write(
        t,
        SUPPORT_COUNT,
        t[SUPPORT_COUNT]! + (role === IN_SUPPORT ? 1 : 0) - (oldRole === IN_SUPPORT ? 1 : 0),
      );
      this.write(this.countedAs, a, role);
    }
    if (imperfect !== this.countedImperfect[a]) {
      this.write(t, IMPERFECT_COUNT, t[IMPERFECT_COUNT]! + imperfect - this.countedImperfect[a]!);
      this.write(this.countedImperfect, a, imperfect);
    }
    if (level !== oldLevel) {
      if (oldLevel > 0) this.write(this.levelCount, oldLevel - 1, this.levelCount[oldLevel - 1]! - 1);
      if (level > 0) this.write(this.levelCount, level - 1, this.levelCount[level - 1]! + 1);
      this.write(this.countedLevel, a, level);
    }
  }
}
