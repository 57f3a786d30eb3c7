/** Swedish texts for binding channels and managing roles in chat (`/lofte admin …`). */
export const adminSv = {
  /** /lofte historik: a role or a channel change in words, with whom and where. */
  historyRole: (granted: boolean, who: string, role: string, where: string) =>
    granted ? `gav ${who} rollen ${role} för ${where}` : `tog bort rollen ${role} för ${where} från ${who}`,
  historyBinding: (bound: boolean, where: string) =>
    bound ? `kopplade en kanal till ${where}` : `kopplade bort kanalen för ${where}`,
  historyImport: (file: string) => `importerade ${file}`,
  adminWhat: 'Vad vill du göra? Skriv ett av kommandona efter /lofte admin.',
  adminUnknown: (word: string) => `Jag förstår inte ”${word}” efter /lofte admin.`,
  boundElsewhere: (name: string) => `Kanalen hör till ${name}; en administratör där kan flytta den.`,
  boundElsewhereText: 'Ingenting har ändrats.',
  bound: (name: string) =>
    `🔗 Kanalen är nu kopplad till ${name}. Kommandon här gäller ${name} om ingen kommun anges.`,
  cannotPostHere: 'Löftesbot kan inte skriva här, så påminnelser skulle aldrig komma fram.',
  cannotPostHereText: (name: string) =>
    `Bjud in Löftesbot till kanalen (skriv /invite @Löftesbot i den) och skriv sedan /lofte admin koppla ${name} igen. Ett direktmeddelande mellan kolleger kan Löftesbot inte vara med i: koppla en kanal i stället. Ingenting har ändrats.`,
  unbound: (name: string) => `Kanalen är inte längre kopplad till ${name}.`,
  unboundText: (name: string) =>
    `Påminnelser för ${name} skickas inte längre hit. Koppla en annan kanal med /lofte admin koppla ${name}.`,
  notBound: 'Kanalen är inte kopplad till någon kommun eller något polisområde.',
  notBoundText: 'Ingenting har ändrats. Koppla den med /lofte admin koppla <kommun|område>.',
  rolesHeadline: (name: string) => `Roller i ${name}`,
  rolesNone: (name: string) => `Ingen har någon roll för ${name} ännu.`,
  rolesHint: (name: string) =>
    `Ge en roll: /lofte admin roll @namn <roll> ${name} · ta bort: /lofte admin ta bort roll @namn <roll> ${name}`,
  confirmRevoke: (person: string, role: string, scope: string) =>
    `Ta bort rollen ${role} för ${scope} från ${person}?`,
  confirmRevokeText: 'Rollen tas bort när du trycker på Ja. Ändringen sparas i historiken.',
  yesRemove: 'Ja, ta bort',
  no: 'Nej',
  revoked: (person: string, role: string, scope: string) =>
    `✅ ${person} har inte längre rollen ${role} för ${scope}.`,
  revokedText: 'Ändringen finns i historiken (/lofte historik).',
  notHeld: (person: string, role: string, scope: string) => `${person} har inte rollen ${role} för ${scope}.`,
  heldElsewhere: (person: string, role: string, where: string, scope: string, command: string) =>
    `${person} har rollen ${role} för ${where}, som omfattar ${scope}: ${command}`,
  lastAdmin: (person: string) => `${person} är den sista administratören för alla och kan inte tas bort.`,
  ownAdmin:
    'Du kan inte ta bort din egen administratörsroll här — då kommer du inte åt kommandot som ger tillbaka den.',
  ownAdminText:
    'Be en annan administratör ta bort den, eller den som sköter servern (npx loftesbot role remove). Ingenting har ändrats.',
  lastAdminText: 'Ge först någon annan rollen: /lofte admin roll @namn admin alla',
  allAdminOnly: (role: string) => `Omfånget alla finns bara för rollen admin, inte ${role}.`,
};

export type AdminTexts = typeof adminSv;
