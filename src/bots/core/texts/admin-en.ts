import type { AdminTexts } from './admin-sv.ts';

/** English texts for binding channels and managing roles in chat (same keys as admin-sv.ts). */
export const adminEn: AdminTexts = {
  historyRole: (granted, who, role, where) =>
    granted
      ? `gave ${who} the role ${role} for ${where}`
      : `removed the role ${role} for ${where} from ${who}`,
  historyBinding: (bound, where) =>
    bound ? `bound a channel to ${where}` : `unbound the channel of ${where}`,
  historyImport: (file) => `imported ${file}`,
  adminWhat: 'What do you want to do? Type one of the commands after /lofte admin.',
  adminUnknown: (word) => `I don't understand “${word}” after /lofte admin.`,
  boundElsewhere: (name) => `This channel belongs to ${name}; an administrator there can move it.`,
  boundElsewhereText: 'Nothing has changed.',
  bound: (name) =>
    `🔗 This channel is now bound to ${name}. Commands here mean ${name} when no kommun is given.`,
  cannotPostHere: 'Löftesbot cannot post here, so reminders would never arrive.',
  cannotPostHereText: (name) =>
    `Invite Löftesbot to the channel (type /invite @Löftesbot in it), then type /lofte admin bind ${name} again. Löftesbot cannot take part in a direct message between colleagues: bind a channel instead. Nothing has changed.`,
  unbound: (name) => `This channel is no longer bound to ${name}.`,
  unboundText: (name) =>
    `Reminders for ${name} no longer come here. Bind another channel with /lofte admin bind ${name}.`,
  notBound: 'This channel is not bound to any kommun or police area.',
  notBoundText: 'Nothing has changed. Bind it with /lofte admin bind <kommun|area>.',
  rolesHeadline: (name) => `Roles in ${name}`,
  rolesNone: (name) => `Nobody has a role for ${name} yet.`,
  rolesHint: (name) =>
    `Grant a role: /lofte admin role @name <role> ${name} · remove: /lofte admin remove role @name <role> ${name}`,
  confirmRevoke: (person, role, scope) => `Remove the role ${role} for ${scope} from ${person}?`,
  confirmRevokeText: 'The role is removed when you press Yes. The change is kept in the history.',
  yesRemove: 'Yes, remove',
  no: 'No',
  revoked: (person, role, scope) => `✅ ${person} no longer has the role ${role} for ${scope}.`,
  revokedText: 'The change is in the history (/lofte history).',
  notHeld: (person, role, scope) => `${person} does not have the role ${role} for ${scope}.`,
  heldElsewhere: (person, role, where, scope, command) =>
    `${person} has the role ${role} for ${where}, which covers ${scope}: ${command}`,
  lastAdmin: (person) => `${person} is the last administrator of alla and cannot be removed.`,
  ownAdmin:
    'You cannot remove your own administrator role here — you would lose the command that gives it back.',
  ownAdminText:
    'Ask another administrator, or whoever runs the server (npx loftesbot role remove). Nothing has changed.',
  lastAdminText: 'First give someone else the role: /lofte admin role @name admin alla',
  allAdminOnly: (role) => `The scope alla is for the role admin only, not ${role}.`,
};
