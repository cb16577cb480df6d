/**
 * The voting screens' colours and text sizes, chosen for older residents on a phone or tablet:
 * every text at least 16 px (1rem; the larger-text switch scales the rem), and every text on its
 * background — a selected choice's white on its level's colour included — at a contrast of at
 * least 4.5 : 1 (WCAG 2 AA).
 */

/** Background of a selected satisfaction level under white text (contrast with white ≥ 5 : 1 each). */
export const SELECTED_LEVEL_COLORS: Record<string, string> = {
  VERY_SATISFIED: '#1b5e20',
  SATISFIED: '#2e7d32',
  BASICALLY_SATISFIED: '#01579b',
  DISSATISFIED: '#bf360c',
  VERY_DISSATISFIED: '#b71c1c',
};

/** Background of a selected score under white text (8.6 : 1). */
export const SELECTED_SCORE_COLOR = '#0d47a1';
/** Text of a choice not selected, on white (16 : 1). */
export const CHOICE_TEXT = '#212121';
/** Text of a choice while the meeting takes no ratings, on white (5.9 : 1). */
export const DISABLED_TEXT = '#616161';
/** Secondary text (subtitles, helper texts), on white or the page's grey (≥ 5.7 : 1). */
export const SECONDARY_TEXT = '#545454';
/** Success text (已提交, the saved hint), on white (5.1 : 1). */
export const SUCCESS_TEXT = '#2e7d32';
/** The keyboard focus ring of a choice (8.6 : 1 against white, beyond the 3 : 1 a focus indicator needs). */
export const FOCUS_RING = { outline: '3px solid #0d47a1', outlineOffset: '2px' };

/** Text sizes in rem (1rem = 16 px, or 20 px with the larger-text switch on). */
export const SIZE = {
  /** Helper texts, chips, the smallest text on the screen. */
  body: '1rem',
  /** Subtitles and messages. */
  text: '1.125rem',
  /** Labels of the choices and of the fields. */
  choice: '1.25rem',
  /** Buttons. */
  button: '1.375rem',
  /** An official's name. */
  name: '1.5rem',
} as const;

/** The style of a navigation button (上一位, 下一位): white, its text readable when disabled too. */
export const NAV_SX = {
  minHeight: 56,
  fontSize: SIZE.text,
  bgcolor: '#fff',
  '&.Mui-disabled': { color: DISABLED_TEXT },
  '&.Mui-focusVisible': FOCUS_RING,
};

/** The style of a selectable choice (a satisfaction level or a score) selected on `background`. */
export function choiceSx(background: string, minHeight: number) {
  return {
    minHeight,
    fontSize: SIZE.choice,
    fontWeight: 600,
    color: CHOICE_TEXT,
    bgcolor: '#fff',
    '&.Mui-selected, &.Mui-selected:hover': { bgcolor: background, color: '#fff' },
    '&.Mui-disabled': { color: DISABLED_TEXT },
    '&.Mui-focusVisible': FOCUS_RING,
  };
}

/**
 * The label of a text field: 18 px, and darker than the theme's colours when focused or in error,
 * so it keeps 4.5 : 1 on the filled field's grey (#f0f0f0).
 */
export const LABEL_SX = {
  fontSize: SIZE.text,
  '&.Mui-focused': { color: '#0d47a1' },
  '&.Mui-error': { color: '#b71c1c' },
};
