/** Role definitions, base permission masks and the permission kinds the emulator checks. */
import { RoleDefinitionDef } from './model';

export interface Mask { high: number; low: number }

/** PermissionKind values as in PnPjs/SharePoint (bit = kind - 1). */
export const Perm = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ManageLists: 12,
  Open: 17,
  ViewPages: 18,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31
} as const;

export const ROLE = {
  FullControl: 1073741829,
  Design: 1073741828,
  Edit: 1073741830,
  Contribute: 1073741827,
  Read: 1073741826,
  LimitedAccess: 1073741825
} as const;

export const FULL_MASK: Mask = { high: 2147483647, low: 4294967295 };
export const EMPTY_MASK: Mask = { high: 0, low: 0 };

export function defaultRoleDefinitions(): RoleDefinitionDef[] {
  return [
    { id: ROLE.FullControl, name: 'Full Control', description: 'Has full control.', order: 1, roleTypeKind: 5, high: 2147483647, low: 4294967295, hidden: false },
    { id: ROLE.Design, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', order: 32, roleTypeKind: 4, high: 432, low: 1012866047, hidden: false },
    { id: ROLE.Edit, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', order: 48, roleTypeKind: 6, high: 432, low: 1011030767, hidden: false },
    { id: ROLE.Contribute, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', order: 64, roleTypeKind: 3, high: 432, low: 1011028719, hidden: false },
    { id: ROLE.Read, name: 'Read', description: 'Can view pages and list items and download documents.', order: 128, roleTypeKind: 2, high: 176, low: 138612833, hidden: false },
    { id: ROLE.LimitedAccess, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', order: 160, roleTypeKind: 1, high: 48, low: 134287360, hidden: true }
  ];
}

export function orMask(left: Mask, right: Mask): Mask {
  return { high: (left.high | right.high) >>> 0, low: (left.low | right.low) >>> 0 };
}

export function hasPerm(mask: Mask, kind: number): boolean {
  const bit = kind - 1;
  if (bit < 32) return ((mask.low >>> bit) & 1) === 1;
  return ((mask.high >>> (bit - 32)) & 1) === 1;
}

export function isEmpty(mask: Mask): boolean {
  return mask.high === 0 && mask.low === 0;
}
