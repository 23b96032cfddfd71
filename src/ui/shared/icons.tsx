/** Inline SVG icons (no icon font): each is decorative, the text beside it carries the meaning. */
export interface IconProps {
  size?: number;
  className?: string;
}

function Svg({ size = 24, className, children }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PersonIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="7.5" r="4" />
    <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
  </Svg>
);

export const DocumentIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 2h8l5 5v15H6z" />
    <path d="M14 2v5h5" />
    <path d="M9 13h7M9 17h7" />
  </Svg>
);

export const WarningIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3 2 21h20z" />
    <path d="M12 10v5" />
    <circle cx="12" cy="18" r="0.6" fill="currentColor" />
  </Svg>
);

export const FrictionIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M5.6 5.6 18.4 18.4" />
  </Svg>
);

export const PlanIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 21V3" />
    <path d="M5 4h12l-2.5 4L17 12H5" />
  </Svg>
);

export const LinkOffIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9 15 5.5 18.5a3 3 0 0 1-4-4L5 11" />
    <path d="M15 9l3.5-3.5a3 3 0 0 1 4 4L19 13" />
    <path d="M3 3l18 18" />
  </Svg>
);

export const TargetIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <circle cx="12" cy="12" r="5" />
    <circle cx="12" cy="12" r="1" fill="currentColor" />
  </Svg>
);

export const LowIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 7l6 6 4-4 8 8" />
    <path d="M21 11v6h-6" />
  </Svg>
);

export const CheckIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 12l5 5L20 6" />
  </Svg>
);

export const RiseIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 17l6-6 4 4 8-8" />
    <path d="M21 13V7h-6" />
  </Svg>
);

export const HalfIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
  </Svg>
);

export const QuestionIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5" />
    <circle cx="12" cy="17" r="0.6" fill="currentColor" />
  </Svg>
);

/** Evidenced: a speech bubble with a tick (the market said it). */
export const SaidIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 5h16v11H9l-5 4z" />
    <path d="M8.5 10.5l2.5 2.5 4.5-5" />
  </Svg>
);

/** Assumed: a thought cloud (the team believes it). */
export const ThoughtIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M7 15a4 4 0 0 1-.5-8 5 5 0 0 1 9.5-1 4 4 0 0 1 1.5 8z" strokeDasharray="3 2.5" />
    <circle cx="7" cy="19" r="1.6" />
    <circle cx="4" cy="22" r="0.8" />
  </Svg>
);

/** Stale: a clock (the market said it, long ago). */
export const ClockIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3.5 2" />
  </Svg>
);
