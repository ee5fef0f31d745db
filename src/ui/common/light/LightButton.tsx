// Fluent's DefaultButton and PrimaryButton import ContextualMenu (for menu buttons), and with it
// Callout, Layer and FocusZone: a large part of the first chunk for buttons that never open a menu.
// This is the same button: a native <button> with Fluent's own styles (hover, pressed, disabled,
// the keyboard focus outline and the high-contrast rules) put together as BaseButton puts them for
// a button without a menu, icon or toggle.
import * as React from 'react';
import { getGlobalClassNames, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme, type Theme } from '@fluentui/react/lib/Theme';
import { memoizeFunction, useFocusRects } from '@fluentui/react/lib/Utilities';
import type { IButtonStyles } from '@fluentui/react/lib/Button';
import { getStyles as getActionStyles } from '@fluentui/react/lib/components/Button/ActionButton/ActionButton.styles';
import { getStyles as getDefaultStyles } from '@fluentui/react/lib/components/Button/DefaultButton/DefaultButton.styles';

/** Fluent's DefaultButton, PrimaryButton and ActionButton. */
export type LightButtonVariant = 'default' | 'primary' | 'action';

export interface ILightButtonProps {
  text: string;
  onClick: () => void;
  variant?: LightButtonVariant;
  disabled?: boolean;
  /** As Fluent's: a disabled button stays in the tab order, so a keyboard user finds it. */
  allowDisabledFocus?: boolean;
  /** Merged over the variant's, as Fluent's `styles`. */
  styles?: IButtonStyles;
  'aria-current'?: 'page';
  /** A button that shows and hides a region. */
  'aria-expanded'?: boolean;
}

const variantClassNames: Record<LightButtonVariant, string> = {
  default: 'ms-Button--default',
  primary: 'ms-Button--primary',
  action: 'ms-Button--action ms-Button--command'
};

const globalClassNames = {
  msButton: 'ms-Button',
  msButtonLabel: 'ms-Button-label',
  msButtonFlexContainer: 'ms-Button-flexContainer',
  msButtonTextContainer: 'ms-Button-textContainer'
};

const buttonClassNames = memoizeFunction((theme: Theme, variant: LightButtonVariant, disabled: boolean, custom: IButtonStyles | undefined) => {
  const styles = variant === 'action' ? getActionStyles(theme, custom) : getDefaultStyles(theme, custom, variant === 'primary');
  const names = getGlobalClassNames(globalClassNames, theme);
  return mergeStyleSets({
    root: [
      names.msButton,
      styles.root,
      variantClassNames[variant],
      disabled && ['is-disabled', styles.rootDisabled],
      !disabled && {
        ':hover': styles.rootHovered,
        [`:hover .${names.msButtonLabel}`]: styles.labelHovered,
        ':focus': styles.rootFocused,
        ':active': styles.rootPressed
      }
    ],
    flexContainer: [names.msButtonFlexContainer, styles.flexContainer],
    textContainer: [names.msButtonTextContainer, styles.textContainer],
    label: [names.msButtonLabel, styles.label, disabled && styles.labelDisabled]
  });
});

export function LightButton(props: ILightButtonProps): React.ReactElement {
  const { text, onClick, variant = 'default', disabled = false, allowDisabledFocus = false } = props;
  const theme = useTheme();
  const root = React.useRef<HTMLButtonElement>(null);
  // The outline shows only after keyboard use, as on every Fluent control of the page.
  useFocusRects(root);
  const classNames = buttonClassNames(theme, variant, disabled, props.styles);
  return (
    <button
      ref={root}
      type="button"
      className={classNames.root}
      disabled={disabled && !allowDisabledFocus}
      aria-disabled={disabled || undefined}
      aria-current={props['aria-current']}
      aria-expanded={props['aria-expanded']}
      data-is-focusable={!disabled || allowDisabledFocus}
      onClick={() => { if (!disabled) onClick(); }}
    >
      <span className={classNames.flexContainer}>
        <span className={classNames.textContainer}>
          <span className={classNames.label}>{text}</span>
        </span>
      </span>
    </button>
  );
}
