/** Mid-tone hues readable on both the light and the dark background. */
export const CHART_COLORS = {
  certified: '#2f7d4f',
  eligible: '#2b6cb0',
  notYet: '#a0690b',
  active: '#2f7d4f',
  expiring: '#c05621',
  expired: '#9b2c2c',
  line: '#6b46c1',
} as const;
