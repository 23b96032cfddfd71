import type { DecisionNode } from '../records/node';
import { itemFactor, penaltyWeight, stateValue } from './factors';
import { round1 } from './round';
import type { GraphSide, ScoringGraph } from './scoringGraph';
import { UndoJournal } from './undoJournal';
import { HIGHEST_IMPERFECT_SCORE, PERFECT_SCORE, PROOF_SHARE_OF_RISK_REDUCTION } from './weights';

// Slots of the running totals.
const LOG_GATE = 0; // Σ log p(A) over veto approvers
const SUPPORT_SUM = 1; // Σ influence × p(A) over the other approvers
const SUPPORT_WEIGHT = 2; // Σ influence over the other approvers
const APPROVER_COUNT = 3;
const IMPERFECT_COUNT = 4; // approvers with p(A) < 1

// What an approver currently adds to the totals.
const NOT_COUNTED = 0;
const IN_GATE = 1;
const IN_SUPPORT = 2;

/**
 * The one evaluator of obviousness (docs/scoring.md): approver readiness
 * p(A) = σ(stance) × Π over A's linked items of f = 1 − c × (1 − ρ), and
 * score = 100 × Π p(veto approvers) × influence-weighted mean p(other approvers).
 *
 * It keeps every intermediate value (each item's effective resolution, each link's log-factor,
 * each approver's log-readiness, the totals) and, when a node or edge changes, recomputes only
 * what depends on it. `checkpoint` / `rollback` undo changes exactly, so a what-if ("this node
 * resolved") costs only the links it touches. analyze, plan analysis and diff all use it.
 */
export class ScoreModel {
  private readonly present: Uint8Array;
  private readonly value: Float64Array; // σ or ρ of the node's own state
  private readonly penalty: Float64Array; // c of an item
  private readonly veto: Uint8Array;
  private readonly influence: Float64Array;
  private readonly reducerBest: Float64Array; // risk: best ρ among the proofs that reduce it
  private readonly effective: Float64Array; // item: ρ counted in its factor
  private readonly linkLogSum: Float64Array; // approver: Σ log f over its links
  private readonly unresolvedLinks: Float64Array; // approver: links whose item is not fully resolved
  private readonly countedAs: Uint8Array;
  private readonly countedLog: Float64Array;
  private readonly countedWeight: Float64Array;
  private readonly countedImperfect: Uint8Array;
  private readonly edgeOn: Uint8Array;
  private readonly linkLog: Float64Array;
  private readonly linkUnresolved: Uint8Array;
  private readonly totals = new Float64Array(5);

  private nextLinkLog = 0;
  private nextLinkUnresolved = 0;

  private readonly journal = new UndoJournal();

  constructor(
    private readonly graph: ScoringGraph,
    side: GraphSide,
  ) {
    const nodeCount = graph.ids.length;
    const edgeCount = graph.edgeKinds.length;
    this.present = new Uint8Array(nodeCount);
    this.value = new Float64Array(nodeCount);
    this.penalty = new Float64Array(nodeCount);
    this.veto = new Uint8Array(nodeCount);
    this.influence = new Float64Array(nodeCount);
    this.reducerBest = new Float64Array(nodeCount);
    this.effective = new Float64Array(nodeCount);
    this.linkLogSum = new Float64Array(nodeCount);
    this.unresolvedLinks = new Float64Array(nodeCount);
    this.countedAs = new Uint8Array(nodeCount);
    this.countedLog = new Float64Array(nodeCount);
    this.countedWeight = new Float64Array(nodeCount);
    this.countedImperfect = new Uint8Array(nodeCount);
    this.edgeOn = Uint8Array.from(side.edges);
    this.linkLog = new Float64Array(edgeCount);
    this.linkUnresolved = new Uint8Array(edgeCount);

    side.nodes.forEach((node, n) => this.writeNodeFields(n, node));
    for (let n = 0; n < nodeCount; n++) {
      if (graph.kinds[n] === 'risk') this.reducerBest[n] = this.bestReducer(n);
    }
    for (let n = 0; n < nodeCount; n++) {
      if (graph.kinds[n] !== 'approver') this.effective[n] = this.effectiveOf(n);
    }
    for (let e = 0; e < edgeCount; e++) {
      if (graph.linkApprover[e]! >= 0) {
        this.computeLink(e);
        this.linkLog[e] = this.nextLinkLog;
        this.linkUnresolved[e] = this.nextLinkUnresolved;
      }
    }
    // Sums in id order, so the result never depends on the order of records in a file.
    const { start, edges } = graph.links;
    for (const a of graph.approvers) {
      let sum = 0;
      let unresolved = 0;
      for (let i = start[a]!; i < start[a + 1]!; i++) {
        sum += this.linkLog[edges[i]!]!;
        unresolved += this.linkUnresolved[edges[i]!]!;
      }
      this.linkLogSum[a] = sum;
      this.unresolvedLinks[a] = unresolved;
      this.recount(a);
    }
  }

  /** Obviousness as shown: one decimal, 100 only when fully resolved, 0 with no approvers. */
  score(): number {
    if (this.totals[APPROVER_COUNT]! === 0) return 0;
    if (this.totals[IMPERFECT_COUNT]! === 0) return PERFECT_SCORE;
    return Math.min(HIGHEST_IMPERFECT_SCORE, round1(this.rawScore()));
  }

  /** Obviousness before rounding: 100 × gate × support (0 with no approvers). */
  rawScore(): number {
    if (this.totals[APPROVER_COUNT]! === 0) return 0;
    const weight = this.totals[SUPPORT_WEIGHT]!;
    const support = weight > 0 ? this.totals[SUPPORT_SUM]! / weight : 1;
    return PERFECT_SCORE * Math.exp(this.totals[LOG_GATE]!) * support;
  }

  /** p(A), 0–1: the approver's readiness to say yes. */
  readiness(approver: number): number {
    return Math.exp(Math.log(this.value[approver]!) + this.linkLogSum[approver]!);
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

  /** Whether a node is present and in its best state (champion, verified, reduced, removed). */
  isResolvedAt(n: number): boolean {
    return this.present[n] === 1 && this.value[n] === 1;
  }

  /** Puts a node in a new state, or removes it (undefined); recomputes only what depends on it. */
  setNode(n: number, node: DecisionNode | undefined): void {
    const wasPresent = this.present[n] === 1;
    const oldValue = this.value[n]!;
    this.writeNodeFields(n, node);
    this.propagate(n, wasPresent, oldValue);
  }

  /** Puts a present node in its resolved state: what "what if this were resolved?" asks. */
  resolveAt(n: number): void {
    if (this.present[n] !== 1) return;
    const oldValue = this.value[n]!;
    this.write(this.value, n, 1);
    this.propagate(n, true, oldValue);
  }

  private propagate(n: number, wasPresent: boolean, oldValue: number): void {
    switch (this.graph.kinds[n]) {
      case 'approver':
        this.recount(n);
        return;
      case 'proof': {
        const present = this.present[n] === 1;
        const raisedTo = present && (!wasPresent || this.value[n]! >= oldValue) ? this.value[n]! : undefined;
        this.refreshItem(n);
        const { start, edges } = this.graph.reduces;
        for (let i = start[n]!; i < start[n + 1]!; i++) {
          const e = edges[i]!;
          if (this.edgeOn[e] === 1) this.refreshReducers(this.graph.edgeTargets[e]!, raisedTo);
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
    const kind = this.graph.edgeKinds[e];
    if (kind === 'reduces') {
      const proof = this.graph.edgeSources[e]!;
      const raising = on && this.present[proof] === 1;
      this.refreshReducers(this.graph.edgeTargets[e]!, raising ? this.value[proof]! : undefined);
    } else if (kind !== 'influences') {
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

  private write(slots: Float64Array | Uint8Array, i: number, next: number): void {
    this.journal.write(slots, i, next);
  }

  private writeNodeFields(n: number, node: DecisionNode | undefined): void {
    this.write(this.present, n, node ? 1 : 0);
    if (!node) return;
    this.write(this.value, n, stateValue(node));
    this.write(this.penalty, n, penaltyWeight(node));
    if (node.kind === 'approver') {
      this.write(this.veto, n, node.veto ? 1 : 0);
      this.write(this.influence, n, node.influence);
    }
  }

  /** Best ρ among the proofs that currently reduce this risk (0 when none). */
  private bestReducer(risk: number): number {
    let best = 0;
    const { start, edges } = this.graph.reduces;
    for (let i = start[risk]!; i < start[risk + 1]!; i++) {
      const e = edges[i]!;
      const proof = this.graph.edgeSources[e]!;
      if (this.edgeOn[e] === 1 && this.present[proof] === 1) best = Math.max(best, this.value[proof]!);
    }
    return best;
  }

  /**
   * A reducer of the risk changed. When a proof only got better (`raisedTo`), the best reducer is
   * updated in O(1); otherwise it is recounted from all the risk's reducers.
   */
  private refreshReducers(risk: number, raisedTo: number | undefined): void {
    const best =
      raisedTo === undefined ? this.bestReducer(risk) : Math.max(this.reducerBest[risk]!, raisedTo);
    this.write(this.reducerBest, risk, best);
    // Most of the time the risk's effective resolution does not move: its approvers need no visit.
    if (this.effectiveOf(risk) !== this.effective[risk]) this.refreshItem(risk);
  }

  private effectiveOf(item: number): number {
    if (this.present[item] !== 1) return 0;
    const own = this.value[item]!;
    return this.graph.kinds[item] === 'risk'
      ? Math.max(own, PROOF_SHARE_OF_RISK_REDUCTION * this.reducerBest[item]!)
      : own;
  }

  private refreshItem(item: number): void {
    this.write(this.effective, item, this.effectiveOf(item));
    const { start, edges } = this.graph.links;
    for (let i = start[item]!; i < start[item + 1]!; i++) this.refreshLink(edges[i]!);
  }

  /** Puts a link's log-factor and whether its item is unresolved in nextLinkLog / nextLinkUnresolved. */
  private computeLink(e: number): void {
    if (!this.linkCounts(e)) {
      this.nextLinkLog = 0;
      this.nextLinkUnresolved = 0;
      return;
    }
    const item = this.graph.linkItem[e]!;
    const resolution = this.effective[item]!;
    this.nextLinkLog = Math.log(itemFactor(this.penalty[item]!, resolution));
    this.nextLinkUnresolved = resolution < 1 ? 1 : 0;
  }

  private refreshLink(e: number): void {
    this.computeLink(e);
    const log = this.nextLinkLog;
    const unresolved = this.nextLinkUnresolved;
    const oldLog = this.linkLog[e]!;
    const oldUnresolved = this.linkUnresolved[e]!;
    if (log === oldLog && unresolved === oldUnresolved) return;
    const approver = this.graph.linkApprover[e]!;
    this.write(this.linkLog, e, log);
    this.write(this.linkUnresolved, e, unresolved);
    this.write(this.linkLogSum, approver, this.linkLogSum[approver]! - oldLog + log);
    this.write(this.unresolvedLinks, approver, this.unresolvedLinks[approver]! - oldUnresolved + unresolved);
    this.recount(approver);
  }

  /** Replaces what an approver adds to the totals with its current readiness. */
  private recount(a: number): void {
    const present = this.present[a] === 1;
    const role = !present ? NOT_COUNTED : this.veto[a] === 1 ? IN_GATE : IN_SUPPORT;
    const log = present ? Math.log(this.value[a]!) + this.linkLogSum[a]! : 0;
    const weight = role === IN_SUPPORT ? this.influence[a]! : 0;
    const imperfect = present && (this.value[a]! < 1 || this.unresolvedLinks[a]! > 0) ? 1 : 0;
    const oldRole = this.countedAs[a]!;
    const oldLog = this.countedLog[a]!;
    const oldWeight = this.countedWeight[a]!;
    if (role === oldRole && log === oldLog && weight === oldWeight && imperfect === this.countedImperfect[a])
      return;

    const t = this.totals;
    if (oldRole === IN_GATE) this.write(t, LOG_GATE, t[LOG_GATE]! - oldLog);
    if (oldRole === IN_SUPPORT) {
      this.write(t, SUPPORT_SUM, t[SUPPORT_SUM]! - oldWeight * Math.exp(oldLog));
      this.write(t, SUPPORT_WEIGHT, t[SUPPORT_WEIGHT]! - oldWeight);
    }
    if (role === IN_GATE) this.write(t, LOG_GATE, t[LOG_GATE]! + log);
    if (role === IN_SUPPORT) {
      this.write(t, SUPPORT_SUM, t[SUPPORT_SUM]! + weight * Math.exp(log));
      this.write(t, SUPPORT_WEIGHT, t[SUPPORT_WEIGHT]! + weight);
    }
    this.write(t, APPROVER_COUNT, t[APPROVER_COUNT]! + (present ? 1 : 0) - (oldRole === NOT_COUNTED ? 0 : 1));
    this.write(t, IMPERFECT_COUNT, t[IMPERFECT_COUNT]! + imperfect - this.countedImperfect[a]!);
    this.write(this.countedAs, a, role);
    this.write(this.countedLog, a, log);
    this.write(this.countedWeight, a, weight);
    this.write(this.countedImperfect, a, imperfect);
  }
}
