/** Login names as SharePoint Online spells them (`i:0#.f|membership|<e-mail>`), and what a new user is called. */
export function normalizeLogin(login: string): string {
  const trimmed = login.trim();
  if (trimmed.includes('|')) return trimmed;
  if (trimmed.includes('@')) return `i:0#.f|membership|${trimmed.toLowerCase()}`;
  return trimmed;
}

export function emailOf(login: string): string {
  const last = login.split('|').pop() ?? '';
  return last.includes('@') ? last : '';
}

/** `anna.berg@contoso...` → `Anna Berg`. */
export function titleFromEmail(email: string, login: string): string {
  const localPart = (email || login).split('@')[0].split('|').pop() ?? login;
  return localPart.split(/[._-]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join(' ') || login;
}
