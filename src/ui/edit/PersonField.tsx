import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { NormalPeoplePicker, ValidationState } from '@fluentui/react/lib/Pickers';
import type { IPersonaProps } from '@fluentui/react/lib/Persona';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Person } from '../../domain/model';
import { useUniqueId } from '../common/useUniqueId';
import { useEditClassNames } from './editStyles';
import { findPerson, isLogin, noPerson, type IPersonInput } from './people';
import { personRefusalText, type PersonRefusal } from './refusalText';
import { useServices } from '../services/services';

export interface IPersonFieldProps {
  /** The field's name, e.g. "Ansvarig": the picker's label and its input's accessible name. */
  label: string;
  value: IPersonInput;
  onChange(value: IPersonInput): void;
  /** Offered when the directory search does not answer (heads, responsibles and others the picture knows). */
  people: readonly Person[];
  /** The signed-in user, offered as "Myself". */
  me?: Person;
  /** The form's own message about the person (shown where a refusal by SharePoint would be). */
  loginError?: string;
  disabled?: boolean;
  /** The search input's id, for focusing the field from an error summary. */
  loginId?: string;
}

/** Fewer characters match half the directory; SharePoint's own picker waits for as many. */
const minimumQuery = 2;
/** One search per pause in typing, not one per key. */
const searchDelay = 250;

interface IPersonOption extends IPersonaProps {
  login: string;
  /** An address typed in full rather than found: checked when chosen, and again when saved. */
  typed?: boolean;
}

/**
 * Fluent picks the initials' colour from the name and writes them in the palette's "white", which a
 * dark theme makes dark: dark on dark blue. The theme's text and background colours, swapped, read
 * as well as any text in every theme.
 */
interface IInitialsColours {
  initialsColor: string;
  initialsTextColor: string;
}

function optionOf(person: Person, colours: IInitialsColours): IPersonOption {
  return { login: person.login, text: person.name || person.login, secondaryText: person.email ?? person.login, ...colours };
}

function matches(person: Person, query: string): boolean {
  const wanted = query.toLowerCase();
  return person.login.toLowerCase().startsWith(wanted) || person.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(wanted));
}

/**
 * A person chosen from the tenant's directory (SharePoint's people search as the user types, one
 * person at most), or "Myself". The chosen person is resolved at once, so someone the site cannot
 * add is refused beside the field while the user is still here; the choice stays in the draft either
 * way. When the search does not answer, a whole e-mail address can still be typed and chosen: it is
 * resolved when the item is saved, as SharePoint always does.
 */
export function PersonField(props: IPersonFieldProps): React.ReactElement {
  const { value, onChange, people, me } = props;
  const { strings, repository } = useServices();
  const classNames = useEditClassNames();
  const { palette } = useTheme();
  const colours: IInitialsColours = { initialsColor: palette.neutralPrimary, initialsTextColor: palette.white };
  const generatedId = useUniqueId('person-login');
  const inputId = props.loginId ?? generatedId;
  const hintId = useUniqueId('person-hint');
  const [typed, setTyped] = React.useState('');
  const [searchFailed, setSearchFailed] = React.useState(false);
  const [refusal, setRefusal] = React.useState<{ login: string; refusal: PersonRefusal } | undefined>(undefined);
  const latest = React.useRef(value);
  latest.current = value;
  const searches = React.useRef(0);
  const resolutions = React.useRef(0);

  const choose = (person: IPersonInput | undefined, resolve: boolean): void => {
    setRefusal(undefined);
    const ticket = ++resolutions.current;
    onChange(person ?? noPerson);
    if (person === undefined || !resolve) return;
    const same = (login: string): boolean => latest.current.login.trim().toLowerCase() === login.trim().toLowerCase();
    repository.resolvePerson(person.login).then((outcome) => {
      // A later choice, or a removal, has the last word.
      if (ticket !== resolutions.current || !same(person.login)) return;
      if (outcome.kind !== 'found') setRefusal({ login: person.login, refusal: outcome });
      else if (outcome.person.login !== latest.current.login || outcome.person.name !== latest.current.name) {
        onChange({ login: outcome.person.login, name: outcome.person.name });
      }
    }).catch(() => undefined);
  };

  const typedOption = (text: string): IPersonOption => ({ login: text, text, secondaryText: strings.EditPersonTyped, typed: true, ...colours });

  const suggest = (filter: string): IPersonaProps[] | Promise<IPersonaProps[]> => {
    const query = filter.trim();
    if (query.length < minimumQuery) return [];
    const ticket = ++searches.current;
    return repository.searchPeople(query).then(
      (found) => ({ found, failed: false }),
      () => ({ found: people.filter((person) => matches(person, query)), failed: true })
    ).then(({ found, failed }) => {
      // The picker shows only the answer to what is typed now; its hint must say the same.
      if (ticket === searches.current) setSearchFailed(failed);
      const options: IPersonaProps[] = found.map((person) => optionOf(person, colours));
      const wanted = query.toLowerCase();
      if (isLogin(query) && !found.some((person) => person.login.toLowerCase() === wanted || person.email?.toLowerCase() === wanted)) {
        options.push(typedOption(query));
      }
      return options;
    });
  };

  const pick = (items: IPersonaProps[] | undefined): void => {
    // The newest item replaces the one before: the field holds one person.
    const item = items?.[items.length - 1] as IPersonOption | undefined;
    if (item === undefined) choose(undefined, false);
    else choose({ login: item.login, name: item.typed === true ? '' : item.text ?? '' }, true);
  };

  // An address typed in full and left without pressing Enter (a click on Save) is still the choice.
  const leave = (event: React.FocusEvent<HTMLInputElement>): void => {
    const text = event.target.value.trim();
    if (latest.current.login.trim() === '' && isLogin(text)) choose({ login: text, name: '' }, true);
  };

  // No itemLimit: at the limit Fluent removes the input and moves focus to the chosen person's
  // remove button, where the Enter that chose them lands as a click and removes them again. With the
  // input kept, focus stays where the user types, typing someone else replaces the person, and
  // Backspace in the empty input removes them.
  // Fluent's picker writes its own aria-describedby (the chosen person, the error) over the one it is
  // given: the hint is added after each render so a screen reader still hears it.
  React.useLayoutEffect(() => {
    const input = document.getElementById(inputId);
    if (input === null) return;
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '' && id !== hintId);
    input.setAttribute('aria-describedby', [...ids, hintId].join(' '));
  });

  const chosen = value.login.trim() === '' ? [] : [optionOf({
    login: value.login, name: value.name || findPerson(people, value.login)?.name || value.login, email: findPerson(people, value.login)?.email
  }, colours)];
  const shown = refusal !== undefined && refusal.login.trim().toLowerCase() === value.login.trim().toLowerCase() ? refusal : undefined;
  const message = props.loginError ?? (shown === undefined ? undefined : personRefusalText(shown.refusal, shown.login, strings));
  const noResults = typed.trim().length < minimumQuery ? strings.EditPersonTypeMore
    : searchFailed ? strings.EditPersonSearchFailed : strings.EditPersonNoResults;

  return (
    <div className={classNames.fieldset}>
      <div>
        <NormalPeoplePicker
          label={props.label}
          selectedItems={chosen}
          onChange={pick}
          // Fluent adds the highlighted suggestion when its list is dismissed (a click elsewhere, a
          // scroll, a resize): a person must be chosen, never fall into the field.
          onDismiss={() => false}
          onResolveSuggestions={suggest}
          resolveDelay={searchDelay}
          getTextFromItem={(item) => item.text ?? ''}
          onInputChange={(input) => { setTyped(input); return input; }}
          onValidateInput={(input) => (isLogin(input) ? ValidationState.valid : ValidationState.invalid)}
          createGenericItem={(input) => typedOption(input.trim())}
          pickerSuggestionsProps={{
            suggestionsHeaderText: strings.EditPersonSuggested,
            suggestionsContainerAriaLabel: strings.EditPersonSuggested,
            noResultsFoundText: noResults,
            loadingText: strings.EditPersonLoading,
            searchingText: strings.EditPersonLoading,
            suggestionsAvailableAlertText: strings.EditPersonSuggestionsAvailable
          }}
          removeButtonAriaLabel={strings.EditPersonRemove}
          selectionAriaLabel={strings.EditPersonChosen}
          inputProps={{ id: inputId, 'aria-label': props.label, onBlur: leave }}
          errorMessage={message}
          disabled={props.disabled}
        />
        <p id={hintId} className={classNames.hint}>{strings.EditPersonHint}</p>
      </div>
      {me === undefined ? null : (
        <div>
          <ActionButton
            text={strings.EditPersonMe}
            onClick={() => choose({ login: me.login, name: me.name }, false)}
            disabled={props.disabled}
          />
        </div>
      )}
    </div>
  );
}
