// The two ways a reminder leaves the web part, with no server of our own: a Teams chat the user
// sends themselves (Microsoft's deep link to a new chat: participants by UPN, a group chat's name,
// the text put in the compose box) and an e-mail in the user's own mail program (RFC 6068 mailto:
// every part percent-encoded, line breaks as CRLF).

/** Teams names a chat of three or more (the user included); for two it shows the other's name. */
export function teamsChatLink(logins: readonly string[], topic: string, message: string): string {
  const parts = [`users=${logins.map(encodeURIComponent).join(',')}`];
  if (logins.length > 1) parts.push(`topicName=${encodeURIComponent(topic)}`);
  parts.push(`message=${encodeURIComponent(message)}`);
  return `https://teams.microsoft.com/l/chat/0/0?${parts.join('&')}`;
}

export function mailtoLink(addresses: readonly string[], subject: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${addresses.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

/** Where a person's e-mail goes: their address, else the sign-in name (an address in most tenants). */
export function addressOf(person: { email?: string; login: string }): string {
  return person.email ?? person.login;
}
