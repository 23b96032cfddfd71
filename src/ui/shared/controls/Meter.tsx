import { meterBackground } from './meterBackground';

/** A small segmented meter: state at a glance, always next to the same value in text. */
export function Meter({ filled, segments, label }: { filled: number; segments: number; label: string }) {
  return <span className="meter" role="img" aria-label={label} style={meterBackground(filled, segments)} />;
}

/** A horizontal bar for percentages (readiness). */
export function Bar({ value, label }: { value: number; label: string }) {
  const width = `${Math.max(0, Math.min(100, value))}%`;
  return (
    <span className="bar" role="img" aria-label={label}>
      <span className="bar__fill" style={{ width }} />
    </span>
  );
}
