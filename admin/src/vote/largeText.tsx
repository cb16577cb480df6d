/**
 * The voting screens' larger-text switch: on, the page's root font size is 125 %, so every text
 * sized in rem grows from 16 to 20 px and more. The choice is remembered in this browser's
 * localStorage (`pingyi.vote.largeText`, nothing of a ballot) and undone when the screen closes.
 */
import { useEffect, useState } from 'react';
import { ToggleButton } from '@mui/material';
import FormatSizeIcon from '@mui/icons-material/FormatSize';
import { useTranslate } from 'react-admin';

const KEY = 'pingyi.vote.largeText';

function remembered(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused: the choice lasts as long as the page.
  }
}

/** The switch's state (read from storage), applied to the page's root font size while mounted. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(remembered);
  useEffect(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = on ? '125%' : before;
    return () => {
      root.style.fontSize = before;
    };
  }, [on]);
  return [
    on,
    (next) => {
      remember(next);
      setOn(next);
    },
  ];
}

/** The 大字 switch of the voting screens' header (a toggle button, aria-pressed when on). */
export function LargeTextSwitch() {
  const translate = useTranslate();
  const [on, setOn] = useLargeText();
  return (
    <ToggleButton
      value="large"
      selected={on}
      onChange={() => setOn(!on)}
      sx={{
        minHeight: 48,
        color: '#fff',
        borderColor: 'rgba(255,255,255,0.7)',
        fontSize: '1rem',
        gap: 0.5,
        flexShrink: 0,
        '&.Mui-selected, &.Mui-selected:hover': { bgcolor: '#fff', color: '#0d47a1' },
        '&.Mui-focusVisible': { outline: '3px solid #fff', outlineOffset: '2px' },
      }}
      data-testid="large-text"
    >
      <FormatSizeIcon aria-hidden />
      <span>{translate('pingyi.vote.largeText')}</span>
    </ToggleButton>
  );
}
