// Fluent's Dropdown brings its Callout, a Panel for small screens (with the close button's
// ContextualMenu), FocusZone and Checkbox: the largest part of the first chunk, for a choice of a few
// years. This is a native <select> drawn as Fluent draws the closed dropdown (label, 32 px box,
// chevron, hover and focus borders from the theme). The browser supplies the rest, as accessibly as
// anything can: arrow keys, type-ahead, Alt+Down, the phone's own picker, the system's colours in
// high contrast, and "combo box, 2023" for screen readers.
import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Label } from '@fluentui/react/lib/Label';
import { HighContrastSelector, mergeStyleSets, normalize } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';
import { useUniqueId } from '../useUniqueId';

export interface ILightDropdownOption<K extends string | number> {
  key: K;
  text: string;
}

export interface ILightDropdownProps<K extends string | number> {
  label: string;
  options: readonly ILightDropdownOption<K>[];
  selectedKey: K;
  onChange: (key: K) => void;
  minWidth?: number;
}

const dropdownClassNames = memoizeFunction((theme: Theme, minWidth: number) => {
  const { palette, semanticColors, fonts, effects } = theme;
  return mergeStyleSets({
    root: ['ms-Dropdown-container', { minWidth }],
    box: { position: 'relative' },
    select: [
      'ms-Dropdown-title',
      normalize,
      fonts.medium,
      {
        appearance: 'none',
        width: '100%',
        height: 32,
        lineHeight: 30,
        padding: '0 28px 0 8px',
        color: semanticColors.menuItemText,
        backgroundColor: semanticColors.inputBackground,
        border: `1px solid ${semanticColors.inputBorder}`,
        borderRadius: effects.roundedCorner2,
        cursor: 'pointer',
        outline: 0,
        selectors: {
          ':hover': { borderColor: palette.neutralPrimary, color: palette.neutralDark },
          // Fluent's dropdown shows its 2 px focus border on any focus, not only the keyboard's.
          ':focus': { borderColor: palette.themePrimary, boxShadow: `inset 0 0 0 1px ${palette.themePrimary}` },
          [HighContrastSelector]: { borderColor: 'ButtonText', color: 'ButtonText', backgroundColor: 'ButtonFace' },
          [`${HighContrastSelector} &:focus`]: { borderColor: 'Highlight', boxShadow: 'inset 0 0 0 1px Highlight' }
        }
      }
    ],
    caret: {
      position: 'absolute',
      right: 8,
      top: 0,
      height: 32,
      lineHeight: 30,
      paddingTop: 1,
      color: palette.neutralSecondary,
      fontSize: fonts.small.fontSize,
      pointerEvents: 'none',
      selectors: { [HighContrastSelector]: { color: 'ButtonText' } }
    }
  });
});

export function LightDropdown<K extends string | number>(props: ILightDropdownProps<K>): React.ReactElement {
  const { label, options, selectedKey, onChange } = props;
  const theme = useTheme();
  const id = useUniqueId('Dropdown');
  const classNames = dropdownClassNames(theme, props.minWidth ?? 0);
  return (
    <div className={classNames.root}>
      <Label htmlFor={id}>{label}</Label>
      <div className={classNames.box}>
        <select
          id={id}
          className={classNames.select}
          value={String(selectedKey)}
          onChange={(event) => {
            const chosen = options.find((option) => String(option.key) === event.target.value);
            if (chosen !== undefined) onChange(chosen.key);
          }}
        >
          {options.map((option) => <option key={option.key} value={String(option.key)}>{option.text}</option>)}
        </select>
        <Icon iconName="ChevronDown" className={classNames.caret} aria-hidden="true" />
      </div>
    </div>
  );
}
