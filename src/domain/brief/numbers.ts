/** A score or a number of points as a room reads it: one decimal only when it has one ("37.5", "64"). */
export const points = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
};

/** A lift or a change with its sign and one decimal, as the workbench's panels write it ("+18.5", "−2.0", "+4.0"). */
export const signedPoints = (value: number): string => {
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  return `${value < 0 && rounded > 0 ? '−' : '+'}${rounded.toFixed(1)}`;
};

/** A readiness or a chance as a whole percentage ("31%"). */
export const wholePercent = (value: number): string => `${Math.round(value)}%`;
