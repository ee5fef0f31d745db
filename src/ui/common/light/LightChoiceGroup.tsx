// Fluent's ChoiceGroup imports Image for options with pictures. The summary's choice has words only:
// this renders Fluent's ChoiceGroup markup with its own styles, native radio inputs sharing a name
// (so arrow keys move and choose, and screen readers say "radio, 1 of 2") in a labelled radiogroup.
import * as React from 'react';
import { Label } from '@fluentui/react/lib/Label';
import { useTheme } from '@fluentui/react/lib/Theme';
import { classNamesFunction, useFocusRects } from '@fluentui/react/lib/Utilities';
import type {
  IChoiceGroupOptionStyleProps, IChoiceGroupOptionStyles, IChoiceGroupStyleProps, IChoiceGroupStyles
} from '@fluentui/react/lib/ChoiceGroup';
import { getStyles as getGroupStyles } from '@fluentui/react/lib/components/ChoiceGroup/ChoiceGroup.styles';
import { getStyles as getOptionStyles } from '@fluentui/react/lib/components/ChoiceGroup/ChoiceGroupOption/ChoiceGroupOption.styles';
import { useUniqueId } from '../useUniqueId';

const groupClassNames = classNamesFunction<IChoiceGroupStyleProps, IChoiceGroupStyles>();
const optionClassNames = classNamesFunction<IChoiceGroupOptionStyleProps, IChoiceGroupOptionStyles>();

export interface ILightChoiceOption<K extends string> {
  key: K;
  text: string;
}

export interface ILightChoiceGroupProps<K extends string> {
  label: string;
  options: readonly ILightChoiceOption<K>[];
  selectedKey: K;
  onChange: (key: K) => void;
  /** Styles of the options' container, as Fluent's `styles.flexContainer`. */
  flexContainerClassName?: string;
}

export function LightChoiceGroup<K extends string>(props: ILightChoiceGroupProps<K>): React.ReactElement {
  const { label, options, selectedKey, onChange } = props;
  const theme = useTheme();
  const id = useUniqueId('ChoiceGroup');
  const [focused, setFocused] = React.useState<K | undefined>(undefined);
  const root = React.useRef<HTMLDivElement>(null);
  useFocusRects(root);
  const classNames = groupClassNames(getGroupStyles, { theme, optionsContainIconOrImage: false });
  return (
    <div className={classNames.root} ref={root}>
      <div role="radiogroup" aria-labelledby={`${id}-label`}>
        <Label className={classNames.label} id={`${id}-label`}>{label}</Label>
        <div className={`${classNames.flexContainer} ${props.flexContainerClassName ?? ''}`}>
          {options.map((option) => {
            const checked = option.key === selectedKey;
            const optionClasses = optionClassNames(getOptionStyles, {
              theme, hasIcon: false, hasImage: false, checked, disabled: false, imageIsLarge: false, focused: focused === option.key
            });
            const optionId = `${id}-${option.key}`;
            return (
              <div key={option.key} className={optionClasses.root}>
                <div className={optionClasses.choiceFieldWrapper}>
                  <input
                    id={optionId}
                    className={optionClasses.input}
                    type="radio"
                    name={id}
                    checked={checked}
                    onChange={() => onChange(option.key)}
                    onFocus={() => setFocused(option.key)}
                    onBlur={() => setFocused(undefined)}
                  />
                  <label htmlFor={optionId} className={optionClasses.field}>
                    <span id={`${id}-label-${option.key}`} className="ms-ChoiceFieldLabel">{option.text}</span>
                  </label>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
