/**
 * The admin's light and dark themes: React-Admin's default themes with colours that meet WCAG AA
 * contrast (4.5:1 for text) on their backgrounds, and row checkboxes whose label reaches the
 * checkbox itself. The user switches between them in the app bar (ToggleThemeButton); React-Admin
 * keeps the choice in its store (localStorage), so it survives a reload.
 */
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import type { ThemeOptions } from '@mui/material/styles';
import { deepmerge } from '@mui/utils';

type AriaOwner = { 'aria-label'?: string };

/**
 * Links always underlined; and React-Admin gives each list row's checkbox its label ("选择此行") on
 * the checkbox's wrapper, where screen readers do not look: any `aria-label` given to a MUI
 * Checkbox moves onto its input.
 */
const accessibleControls: ThemeOptions['components'] = {
  /** Links are underlined, so a link inside a line of text is not told apart by colour alone. */
  MuiLink: { defaultProps: { underline: 'always' } },
  MuiCheckbox: {
    defaultProps: {
      slotProps: {
        root: (owner: AriaOwner) => (owner['aria-label'] ? { 'aria-label': undefined } : {}),
        input: (owner: AriaOwner) => (owner['aria-label'] ? { 'aria-label': owner['aria-label'] } : {}),
      },
    } as object,
  },
};

/** Light: darker blues than React-Admin's, so white text on the app bar and blue text on grey pass AA. */
export const lightTheme: RaThemeOptions = deepmerge(defaultLightTheme, {
  palette: {
    primary: { main: '#1565c0' },
    secondary: { light: '#5e92f3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
    info: { main: '#01579b' },
    success: { main: '#1b5e20' },
    warning: { main: '#8a4b00' },
    error: { main: '#b71c1c' },
  },
  components: accessibleControls,
});

/** Dark: React-Admin's dark theme, with a lighter red for errors (AA on its grey) and the same controls. */
export const darkTheme: RaThemeOptions = deepmerge(defaultDarkTheme, {
  palette: { error: { main: '#ff8a80' } },
  components: accessibleControls,
});
