/** Users and groups: found by id, login, e-mail or name; users created on first sight; group membership. */
import { GroupDef, UserDef } from '../model';
import { SpError, invalidQuery, principalNotFound, unknownProperty } from '../errors';
import { ChangeListeners } from './changes';
import { SiteState } from './siteState';
import { normalizeLogin } from './logins';
import { Directory, PersonDetails, userNotInDirectory } from './directory';

export class Principals {
  constructor(private readonly state: SiteState, private readonly changes: ChangeListeners, private readonly directory: Directory) {}

  userByLogin(login: string): UserDef | undefined {
    const normalized = normalizeLogin(login).toLowerCase();
    return this.state.data.users.find((user) => user.loginName.toLowerCase() === normalized);
  }

  userById(id: number): UserDef | undefined {
    return this.state.data.users.find((user) => user.id === id);
  }

  userByEmail(email: string): UserDef | undefined {
    const lower = email.toLowerCase();
    return this.state.data.users.find((user) => user.email.toLowerCase() === lower);
  }

  /**
   * Someone who signs in (a request's caller, or a test naming a user): a tenant member by doing so,
   * and a site user from the first visit on, as SharePoint adds visitors to the site.
   */
  signIn(login: string, details: PersonDetails = {}): UserDef {
    const person = this.directory.add(login, details);
    const user = this.siteUserOf(person.loginName);
    if (details.title || details.email) {
      if (details.title) user.title = details.title;
      if (details.email) user.email = details.email;
      this.changes.notify();
    }
    return user;
  }

  /** `ensureuser`: the site user, made from the directory; anyone the tenant does not know is refused. */
  ensureUser(login: string): UserDef {
    const existing = this.userByLogin(login) ?? this.userByEmail(login);
    if (existing) return existing;
    const person = this.directory.find(login);
    if (!person) throw userNotInDirectory(login);
    return this.siteUserOf(person.loginName);
  }

  private siteUserOf(loginName: string): UserDef {
    let user = this.userByLogin(loginName);
    if (!user) {
      const person = this.directory.find(loginName);
      user = {
        id: this.state.data.nextPrincipalId++, loginName, title: person?.title ?? loginName, email: person?.email ?? '', isSiteAdmin: false
      };
      this.state.data.users.push(user);
      this.changes.notify();
    }
    return user;
  }

  updateUser(user: UserDef, props: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(props)) {
      if (name === '__metadata') continue;
      if (name === 'Title') user.title = String(value);
      else if (name === 'Email') user.email = String(value);
      else if (name === 'IsSiteAdmin') user.isSiteAdmin = Boolean(value);
      else throw unknownProperty(name, 'SP.User');
    }
    this.changes.notify();
  }

  removeUser(user: UserDef): void {
    const data = this.state.data;
    data.users = data.users.filter((other) => other !== user);
    for (const group of data.groups) group.memberIds = group.memberIds.filter((id) => id !== user.id);
    this.removeRoleAssignmentsOf(user.id);
    this.changes.notify();
  }

  groupById(id: number): GroupDef | undefined { return this.state.data.groups.find((group) => group.id === id); }

  groupByName(name: string): GroupDef | undefined {
    const lower = name.toLowerCase();
    return this.state.data.groups.find((group) => group.title.toLowerCase() === lower);
  }

  addGroup(props: Record<string, unknown>, owner: UserDef): GroupDef {
    const title = props.Title;
    if (typeof title !== 'string' || !title.trim()) throw invalidQuery('The group needs a Title.');
    if (this.groupByName(title) || this.userByLogin(title)) {
      throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
    }
    const group: GroupDef = {
      id: this.state.data.nextPrincipalId++, title, description: '', ownerId: owner.id, memberIds: [],
      allowMembersEditMembership: false, onlyAllowMembersViewMembership: true
    };
    this.applyGroupProps(group, props);
    this.state.data.groups.push(group);
    this.changes.notify();
    return group;
  }

  applyGroupProps(group: GroupDef, props: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(props)) {
      switch (name) {
        case '__metadata': break;
        case 'Title': group.title = String(value); break;
        case 'Description': group.description = String(value ?? ''); break;
        case 'AllowMembersEditMembership': group.allowMembersEditMembership = Boolean(value); break;
        case 'OnlyAllowMembersViewMembership': group.onlyAllowMembersViewMembership = Boolean(value); break;
        case 'AllowRequestToJoinLeave': case 'AutoAcceptRequestToJoinLeave': case 'RequestToJoinLeaveEmailSetting': break;
        default: throw unknownProperty(name, 'SP.Group');
      }
    }
    this.changes.notify();
  }

  removeGroup(group: GroupDef): void {
    this.state.data.groups = this.state.data.groups.filter((other) => other !== group);
    this.removeRoleAssignmentsOf(group.id);
    this.changes.notify();
  }

  addGroupMember(group: GroupDef, login: string): UserDef {
    let user: UserDef;
    try {
      user = this.ensureUser(login);
    } catch (error) {
      // A group's `users` words an unknown login its own way (captured from a tenant).
      if (error instanceof SpError) throw new SpError(500, '-2130575276, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      throw error;
    }
    if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
    this.changes.notify();
    return user;
  }

  removeGroupMember(group: GroupDef, userId: number): void {
    if (!group.memberIds.includes(userId)) throw principalNotFound('User');
    group.memberIds = group.memberIds.filter((id) => id !== userId);
    this.changes.notify();
  }

  setGroupOwner(group: GroupDef, ownerId: number): void {
    group.ownerId = ownerId;
    this.changes.notify();
  }

  groupsOf(user: UserDef): GroupDef[] {
    return this.state.data.groups.filter((group) => group.memberIds.includes(user.id));
  }

  principalExists(id: number): boolean {
    return !!this.userById(id) || !!this.groupById(id);
  }

  /** A removed principal keeps no role assignments, on the web or on any list. */
  private removeRoleAssignmentsOf(principalId: number): void {
    const data = this.state.data;
    data.web.roleAssignments = data.web.roleAssignments.filter((assignment) => assignment.principalId !== principalId);
    for (const list of data.lists) list.roleAssignments = list.roleAssignments.filter((assignment) => assignment.principalId !== principalId);
  }
}
