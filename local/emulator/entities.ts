/** REST shapes of the web, lists, fields, users, groups, role definitions and role assignments. */
import { FieldDef, GroupDef, ItemRecord, RoleDefinitionDef, UserDef } from './model';
import { notSupported } from './errors';
import { fieldODataType, fieldProps } from './fields';
import { Complex, Entity, Val, collection, complex, entity } from './format';
import { ListState, Store } from './store';
import { Mask } from './permissions';
import { currentToken } from './store/changeLog';
import { RichEntity } from './odata/entityQuery';

/** Int64 halves as strings, as SharePoint writes them. */
export function masksOut(mask: Mask): Complex {
  return complex('SP.BasePermissions', { High: String(mask.high), Low: String(mask.low) });
}

const listPath = (list: ListState): string => `Web/Lists(guid'${list.def.id}')`;

export function webEntity(store: Store, siteUrl: string, apiBase: string): RichEntity {
  const web = store.data.web;
  const lastItemModified = store.allLists().map((list) => list.def.lastItemModified).sort().pop() ?? web.created;
  const masterUrl = `${store.sitePath}/_catalogs/masterpage/seattle.master`;
  return {
    entity: entity('SP.Web', `${apiBase}/Web`, 'Web', {
      AllowRssFeeds: false, Configuration: 0, Created: web.created, CustomMasterUrl: masterUrl,
      Description: web.description, Id: web.id, IsMultilingual: false, Language: web.language, LastItemModifiedDate: lastItemModified,
      MasterUrl: masterUrl, ServerRelativeUrl: store.sitePath, Title: web.title,
      UIVersion: 15, Url: siteUrl, WebTemplate: 'STS', HasUniqueRoleAssignments: true
    }),
    hidden: new Set(['HasUniqueRoleAssignments']),
    navigation: {
      // the emulated site is a site collection's root web, which has no parent
      ParentWeb: () => null,
      AssociatedOwnerGroup: () => groupEntity(store, store.groupById(web.ownerGroupId), apiBase).entity,
      AssociatedMemberGroup: () => groupEntity(store, store.groupById(web.memberGroupId), apiBase).entity,
      AssociatedVisitorGroup: () => groupEntity(store, store.groupById(web.visitorGroupId), apiBase).entity
    }
  };
}

/** Swedish locale settings, as the site's language (1053) gives them *(values unconfirmed against a tenant)*. */
const SWEDISH_LOCALE = {
  AdjustHijriDays: 0, AlternateCalendarType: 0, AM: 'fm', CalendarType: 1, Collation: 25, CollationLCID: 1053, DateFormat: 2,
  DateSeparator: '-', DecimalSeparator: ',', DigitGrouping: '3;0', FirstDayOfWeek: 1, FirstWeekOfYear: 2, IsEastAsia: false,
  IsRightToLeft: false, IsUIRightToLeft: false, ListSeparator: ';', LocaleId: 1053, NegativeSign: '-', NegNumberMode: 1, PM: 'em',
  PositiveSign: '', ShowWeeks: false, ThousandSeparator: '\u00a0', Time24: true, TimeMarkerPosition: 0, TimeSeparator: ':',
  WorkDayEndHour: 1020, WorkDays: 62, WorkDayStartHour: 480
};

export function timeZoneEntity(store: Store, apiBase: string): Entity {
  const zone = store.timeZone();
  return entity('SP.TimeZone', `${apiBase}/Web/RegionalSettings/TimeZone`, 'Web/RegionalSettings/TimeZone', {
    Description: zone.description, Id: zone.id,
    Information: complex('SP.TimeZoneInformation', { Bias: zone.bias, DaylightBias: zone.daylightBias, StandardBias: zone.standardBias })
  });
}

/** `TimeZone` is a navigation property: only with `$expand`, as SharePoint answers. */
export function regionalSettingsEntity(store: Store, apiBase: string): RichEntity {
  return {
    entity: entity('SP.RegionalSettings', `${apiBase}/Web/RegionalSettings`, 'Web/RegionalSettings', { ...SWEDISH_LOCALE }),
    navigation: { TimeZone: () => timeZoneEntity(store, apiBase) }
  };
}

export function listEntity(store: Store, list: ListState, apiBase: string): RichEntity {
  const def = list.def;
  const url = store.listUrl(list);
  const setting = (name: string, fallback: boolean): boolean => (def.extra[name] as boolean) ?? fallback;
  return {
    entity: entity('SP.List', `${apiBase}/${listPath(list)}`, listPath(list), {
      AllowContentTypes: false, BaseTemplate: def.baseTemplate, BaseType: 0, ContentTypesEnabled: false, Created: def.created,
      DefaultViewUrl: `${url}/AllItems.aspx`, Description: def.description, EnableAttachments: setting('EnableAttachments', true),
      EnableFolderCreation: setting('EnableFolderCreation', false), EnableVersioning: setting('EnableVersioning', true),
      EntityTypeName: `${def.entityName}List`, Hidden: def.hidden, Id: def.id, ItemCount: def.items.length,
      LastItemModifiedDate: def.lastItemModified, ListItemEntityTypeFullName: list.itemEntityType, NoCrawl: setting('NoCrawl', false),
      ParentWebUrl: store.sitePath, Title: def.title, HasUniqueRoleAssignments: def.hasUniqueRoleAssignments,
      CurrentChangeToken: complex('SP.ChangeToken', { StringValue: currentToken(def) })
    }, `"${def.version}"`),
    hidden: new Set(['HasUniqueRoleAssignments', 'CurrentChangeToken']),
    navigation: {
      RootFolder: () => rootFolderEntity(store, list, apiBase)
    }
  };
}

export function rootFolderEntity(store: Store, list: ListState, apiBase: string): Entity {
  return entity('SP.Folder', `${apiBase}/${listPath(list)}/RootFolder`, `${listPath(list)}/RootFolder`, {
    Exists: true, ItemCount: list.def.items.length, Name: list.def.urlName, ServerRelativeUrl: store.listUrl(list),
    UniqueId: list.def.id, WelcomePage: ''
  });
}

export function fieldEntity(list: ListState, field: FieldDef, apiBase: string): RichEntity {
  const props = fieldProps(field) as Record<string, Val>;
  if (Array.isArray(props.Choices)) props.Choices = collection('Collection(Edm.String)', props.Choices as string[]);
  const path = `${listPath(list)}/Fields(guid'${field.id}')`;
  return { entity: entity(fieldODataType(field), `${apiBase}/${path}`, path, props) };
}

export function userEntity(store: Store, user: UserDef, apiBase: string): RichEntity {
  return {
    entity: entity('SP.User', `${apiBase}/Web/GetUserById(${user.id})`, `Web/GetUserById(${user.id})`, {
      Id: user.id, IsHiddenInUI: false, LoginName: user.loginName, Title: user.title, PrincipalType: 1, Email: user.email,
      Expiration: '', IsEmailAuthenticationGuestUser: false, IsShareByEmailGuestUser: false, IsSiteAdmin: user.isSiteAdmin,
      UserId: complex('SP.UserIdInfo', { NameId: user.id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' }),
      UserPrincipalName: user.email || null
    }),
    navigation: {
      Groups: () => collection('', store.groupsOf(user).map((group) => groupEntity(store, group, apiBase).entity))
    }
  };
}

export function groupEntity(store: Store, group: GroupDef | undefined, apiBase: string): RichEntity {
  if (!group) throw notSupported('a web without its associated groups');
  const owner = store.userById(group.ownerId) ?? store.groupById(group.ownerId);
  return {
    entity: entity('SP.Group', `${apiBase}/Web/SiteGroups/GetById(${group.id})`, `Web/SiteGroups/GetById(${group.id})`, {
      Id: group.id, IsHiddenInUI: false, LoginName: group.title, Title: group.title, PrincipalType: 8,
      AllowMembersEditMembership: group.allowMembersEditMembership, AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false, Description: group.description,
      OnlyAllowMembersViewMembership: group.onlyAllowMembersViewMembership, OwnerTitle: owner ? owner.title : '',
      RequestToJoinLeaveEmailSetting: null
    }),
    navigation: {
      Users: () => collection('', group.memberIds.map((id) => store.userById(id)).filter((user): user is UserDef => !!user)
        .map((user) => userEntity(store, user, apiBase).entity)),
      // a group that owns itself has no owner to expand
      Owner: () => {
        const ownerGroup = store.userById(group.ownerId) ? undefined : store.groupById(group.ownerId);
        return ownerGroup === group ? null : principalEntity(store, group.ownerId, apiBase);
      }
    }
  };
}

/** A user or a group by principal id; null when neither exists. */
function principalEntity(store: Store, principalId: number, apiBase: string): Entity | null {
  const user = store.userById(principalId);
  if (user) return userEntity(store, user, apiBase).entity;
  const group = store.groupById(principalId);
  return group ? groupEntity(store, group, apiBase).entity : null;
}

export function roleDefinitionEntity(definition: RoleDefinitionDef, apiBase: string): RichEntity {
  return {
    entity: entity('SP.RoleDefinition', `${apiBase}/Web/RoleDefinitions(${definition.id})`, `Web/RoleDefinitions(${definition.id})`, {
      BasePermissions: masksOut({ high: definition.high, low: definition.low }), Description: definition.description,
      Hidden: definition.hidden, Id: definition.id, Name: definition.name, Order: definition.order, RoleTypeKind: definition.roleTypeKind
    })
  };
}

export function roleAssignmentEntity(store: Store, list: ListState | undefined, principalId: number, roleDefIds: number[], apiBase: string,
  item?: ItemRecord): RichEntity {
  const owner = list ? `${listPath(list)}${item ? `/Items(${item.id})` : ''}` : 'Web';
  const path = `${owner}/RoleAssignments/GetByPrincipalId(${principalId})`;
  return {
    entity: entity('SP.RoleAssignment', `${apiBase}/${path}`, path, { PrincipalId: principalId }),
    navigation: {
      Member: () => principalEntity(store, principalId, apiBase),
      RoleDefinitionBindings: () => collection('', roleDefIds.map((id) => store.roleDefinition(id))
        .filter((definition): definition is RoleDefinitionDef => !!definition).map((definition) => roleDefinitionEntity(definition, apiBase).entity))
    }
  };
}
