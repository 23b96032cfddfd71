import type { DecisionMap } from '../records/map';

/** One thing wrong with a file: where (`map.nodes[3].severity`) and what, in plain words. */
export interface FileProblem {
  /** Dotted path with indices, e.g. `map.nodes[3].severity`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type FileErrorKind =
  | 'too-large' // over the byte limit: refused before parsing
  | 'not-json' // empty, truncated, binary, or too deeply nested to read
  | 'not-a-map-file' // JSON, but not an Obvious file (wrong `format`, not an object)
  | 'newer-version' // written by a newer version of Obvious
  | 'invalid'; // an Obvious file with problems, each named by path

export interface FileError {
  kind: FileErrorKind;
  /** One sentence for a dialog's heading or the command line's first line. */
  summary: string;
  /** Every problem found (at most a few hundred), each with its path. */
  problems: FileProblem[];
}

/** What opening any file can give: one map, or a workspace of several. */
export type OpenedFile = { kind: 'map'; map: DecisionMap } | { kind: 'workspace'; maps: DecisionMap[] };
