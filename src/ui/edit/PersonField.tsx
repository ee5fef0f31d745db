import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Person } from '../../domain/model';
import { useUniqueId } from '../common/useUniqueId';
import { useEditClassNames } from './editStyles';
import { findPerson, type IPersonInput } from './people';
import { useServices } from '../services/services';

export interface IPersonFieldProps {
  /** The field's name, e.g. "Ansvarig": the group's legend. */
  label: string;
  value: IPersonInput;
  onChange(value: IPersonInput): void;
  /** Suggested as the user types (heads, responsibles and others the picture knows). */
  people: readonly Person[];
  /** The signed-in user, offered as "Myself". */
  me?: Person;
  /** Shown under the sign-in name. */
  loginError?: string;
  disabled?: boolean;
  /** Ids for focusing the field from an error summary. */
  loginId?: string;
}

/**
 * A simple person field: a sign-in name (e-mail) with the people the organisation list knows
 * offered as suggestions (a native datalist: plain keyboard use, no focus trap), and a display
 * name filled in from a known person and editable for anyone else. Anyone can be typed: SharePoint
 * resolves the sign-in name when the item is saved.
 */
export function PersonField(props: IPersonFieldProps): React.ReactElement {
  const { value, onChange, people, me } = props;
  const { strings } = useServices();
  const classNames = useEditClassNames();
  const listId = useUniqueId('people');
  const generatedId = useUniqueId('person-login');
  const loginId = props.loginId ?? generatedId;

  const changeLogin = (login: string): void => {
    const match = findPerson(people, login);
    onChange({ login, name: match?.name ?? (findPerson(people, value.login)?.name === value.name ? '' : value.name) });
  };
  return (
    <fieldset className={classNames.fieldset}>
      <legend className={classNames.legend}>{props.label}</legend>
      <TextField
        id={loginId}
        label={strings.EditPersonLogin}
        value={value.login}
        onChange={(_event, text) => changeLogin(text ?? '')}
        list={listId}
        autoComplete="off"
        type="email"
        description={strings.EditPersonHint}
        errorMessage={props.loginError}
        disabled={props.disabled}
      />
      <datalist id={listId}>
        {people.map((person) => (
          <option key={person.login.toLowerCase()} value={person.login} label={person.name} />
        ))}
      </datalist>
      <TextField
        label={strings.EditPersonName}
        value={value.name}
        onChange={(_event, text) => onChange({ ...value, name: text ?? '' })}
        disabled={props.disabled}
      />
      {me === undefined ? null : (
        <div>
          <ActionButton
            text={strings.EditPersonMe}
            onClick={() => onChange({ login: me.login, name: me.name })}
            disabled={props.disabled}
          />
        </div>
      )}
    </fieldset>
  );
}
