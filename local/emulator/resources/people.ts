/**
 * SharePoint's people picker service, as PnPjs's `profiles.clientPeoplePickerSearchUser` and
 * `clientPeoplePickerResolveUser` call it: the tenant's directory searched, the answer a JSON string
 * of picker entities inside the JSON answer.
 */
import { DirectoryPerson, GroupDef } from '../model';
import { invalidQuery } from '../errors';
import { RequestContext } from './context';
import { SegmentTable, action, withoutArguments } from './resource';

const SERVICE = 'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface';

/** PrincipalType flags: 1 User, 8 SharePointGroup (15 All); distribution lists and security groups are not modelled. */
const USER = 1;
const SHAREPOINT_GROUP = 8;

interface QueryParameters { query: string; limit: number; principalType: number }

function queryParameters(context: RequestContext): QueryParameters {
  const parameters = context.body().queryParams as Record<string, unknown> | undefined;
  if (!parameters || typeof parameters !== 'object') throw invalidQuery('The parameter queryParams is required.');
  const query = parameters.QueryString;
  if (typeof query !== 'string') throw invalidQuery('The parameter QueryString is required.');
  const limit = typeof parameters.MaximumEntitySuggestions === 'number' ? parameters.MaximumEntitySuggestions : 30;
  const principalType = typeof parameters.PrincipalType === 'number' && parameters.PrincipalType !== 0 ? parameters.PrincipalType : 15;
  return { query, limit, principalType };
}

/** A person as the picker answers one: every EntityData value a string. */
function personEntity(person: DirectoryPerson): Record<string, unknown> {
  return {
    Key: person.loginName, DisplayText: person.title, IsResolved: true, Description: person.email || person.loginName.split('|').pop(),
    EntityType: 'User',
    EntityData: { IsAltSecIdPresent: 'False', ObjectId: person.objectId, Title: '', Email: person.email, MobilePhone: '', OtherMails: '', Department: '' },
    MultipleMatches: [], ProviderName: 'Tenant', ProviderDisplayName: 'Tenant'
  };
}

function groupEntity(group: GroupDef): Record<string, unknown> {
  return {
    Key: group.title, DisplayText: group.title, IsResolved: true, Description: group.title, EntityType: 'SPGroup',
    EntityData: { AccountName: group.title, SPGroupID: String(group.id) }, MultipleMatches: [], ProviderName: 'SharePoint Groups', ProviderDisplayName: 'SharePoint Groups'
  };
}

function matches(context: RequestContext, parameters: QueryParameters): Array<Record<string, unknown>> {
  const { store } = context;
  const found: Array<Record<string, unknown>> = [];
  if (parameters.principalType & USER) found.push(...store.searchPeople(parameters.query, parameters.limit).map(personEntity));
  if (parameters.principalType & SHAREPOINT_GROUP) {
    const wanted = parameters.query.trim().toLowerCase();
    const groups = wanted ? store.data.groups.filter((group) => group.title.toLowerCase().split(/\s+/).some((word) => word.startsWith(wanted))) : [];
    found.push(...groups.map(groupEntity));
  }
  return found.slice(0, parameters.limit);
}

function searchUser(): ReturnType<typeof action> {
  return action('clientpeoplepickersearchuser', (context) => {
    const entities = matches(context, queryParameters(context));
    return context.reply.primitiveResult('ClientPeoplePickerSearchUser', 'Edm.String', JSON.stringify(entities));
  });
}

/** One entity: the only match, or the query unresolved *(the unresolved shape is unconfirmed)*. */
function resolveUser(): ReturnType<typeof action> {
  return action('clientpeoplepickerresolveuser', (context) => {
    const parameters = queryParameters(context);
    const person = context.store.findPerson(parameters.query);
    const candidates = person ? [personEntity(person)] : matches(context, { ...parameters, limit: 2 });
    const entity = candidates.length === 1 ? candidates[0] : {
      Key: parameters.query, DisplayText: parameters.query, IsResolved: false, Description: parameters.query, EntityType: '',
      EntityData: {}, MultipleMatches: candidates, ProviderName: '', ProviderDisplayName: ''
    };
    return context.reply.primitiveResult('ClientPeoplePickerResolveUser', 'Edm.String', JSON.stringify(entity));
  });
}

export const peopleSegments: SegmentTable = {
  root: {
    [`${SERVICE}.clientpeoplepickersearchuser`]: withoutArguments(() => searchUser()),
    [`${SERVICE}.clientpeoplepickerresolveuser`]: withoutArguments(() => resolveUser())
  }
};
