/**
 * The tenant's directory: the people who exist outside the site. Only they can become site users
 * through `ensureuser` or a group's `users`, and people search answers from it. Whoever signs in (a
 * request's caller) is in it, as only tenant members can. It outlives a reset of the site.
 */
import { randomUUID } from 'node:crypto';
import { DirectoryPerson } from '../model';
import { SpError } from '../errors';
import { ChangeListeners } from './changes';
import { SiteState } from './siteState';
import { emailOf, normalizeLogin, titleFromEmail } from './logins';

export interface PersonDetails { title?: string; email?: string }

/** What SharePoint answers for a login the tenant does not know. */
export function userNotInDirectory(login: string): SpError {
  return new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
}

export class Directory {
  constructor(private readonly state: SiteState, private readonly changes: ChangeListeners) {}

  all(): DirectoryPerson[] { return this.people(); }

  /** By claims login, bare login or e-mail, whatever case. */
  find(login: string): DirectoryPerson | undefined {
    const normalized = normalizeLogin(login).toLowerCase();
    const bare = login.trim().toLowerCase();
    return this.people().find((person) => person.loginName.toLowerCase() === normalized || (!!person.email && person.email.toLowerCase() === bare));
  }

  /** Adds someone to the tenant, or renames them. */
  add(login: string, details: PersonDetails = {}): DirectoryPerson {
    const normalized = normalizeLogin(login);
    if (!normalized.includes('@') && !normalized.includes('|')) throw userNotInDirectory(login);
    let person = this.find(normalized);
    if (!person) {
      const email = details.email ?? emailOf(normalized);
      person = { loginName: normalized, title: details.title ?? titleFromEmail(email, normalized), email, objectId: randomUUID() };
      this.people().push(person);
      this.changes.notify();
    } else if ((details.title && details.title !== person.title) || (details.email && details.email !== person.email)) {
      if (details.title) person.title = details.title;
      if (details.email) person.email = details.email;
      this.changes.notify();
    }
    return person;
  }

  /** People whose name, e-mail or login has a word starting with the query, in name order. */
  search(query: string, limit: number): DirectoryPerson[] {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return [];
    const words = (person: DirectoryPerson): string[] =>
      [person.title, person.email, person.loginName.split('|').pop() ?? ''].flatMap((text) => [text, ...text.split(/[\s.@_-]+/)]).map((word) => word.toLowerCase());
    return this.people()
      .filter((person) => words(person).some((word) => word.startsWith(wanted)))
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
      .slice(0, Math.max(0, limit));
  }

  /** Data files from before the directory: their site users were tenant members. */
  private people(): DirectoryPerson[] {
    const data = this.state.data;
    if (!data.directory) {
      data.directory = data.users.map((user) => ({ loginName: user.loginName, title: user.title, email: user.email, objectId: randomUUID() }));
    }
    return data.directory;
  }
}
