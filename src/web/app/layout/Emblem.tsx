import { brand } from '../theme';

/** The app's mark: a village house on a red seal. */
export function Emblem({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="6" fill={brand.red} />
      <path
        d="M6 15.5 16 7l10 8.5M9 13.5V25h14V13.5"
        fill="none"
        stroke="#fff"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <rect x="14" y="18" width="4" height="7" rx="0.8" fill="#ffd54a" />
    </svg>
  );
}
