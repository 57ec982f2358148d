import type { CheckupTexts } from './types'

// Fact ids: docs/research/facts.md. Help Center: faq 3307102709559968 (web variant) unless named.

export const EN: CheckupTexts = {
  setting: {
    'last-seen': 'Last seen',
    online: 'Online',
    'profile-photo': 'Profile photo',
    about: 'About',
    status: 'Status',
    'read-receipts': 'Read receipts',
    groups: 'Groups',
    'default-timer': 'Default message timer',
    'live-location': 'Live location',
    'silence-unknown-callers': 'Silence unknown callers',
    'protect-ip-in-calls': 'Protect IP address in calls',
    'block-unknown-messages': 'Block unknown account messages',
    'blocked-contacts': 'Blocked contacts',
  },
  value: {
    everyone: 'Everyone',
    contacts: 'My contacts',
    'contacts-except': 'My contacts except…',
    'only-share-with': 'Only share with…',
    nobody: 'Nobody',
    'same-as-last-seen': 'Same as last seen',
    on: 'On',
    off: 'Off',
    '24h': '24 hours',
    '7d': '7 days',
    '90d': '90 days',
    unknown: 'Not recognised',
  },
  exposes: {
    'last-seen': 'When you last used WhatsApp.', // LS-1
    online: 'When WhatsApp is open and connected on one of your devices.', // LS-1
    'profile-photo': 'Your profile photo.', // PR-1
    about: 'Your About text.', // PR-1
    status: 'Your status updates (they disappear after 24 hours).', // ST-1, ST-2
    'read-receipts': 'When you have read a message (blue ticks).', // RR-7
    groups: 'Who can add you to a group without asking you first.', // GR-2
    'default-timer': 'Whether new chats start with disappearing messages.', // DM-1
    'live-location': 'The chats you are sharing your live location with.', // LL-1
    'silence-unknown-callers': 'Whether calls from unknown numbers ring.', // CA-1
    'protect-ip-in-calls': 'Your IP address, which a direct one-to-one call shows to the other person.', // CA-2
    'block-unknown-messages': 'Whether large numbers of messages from unknown accounts are limited.', // RES-1 (faq 3379690015658337)
    'blocked-contacts': 'How many contacts you blocked (only the number is kept here, never who).', // LE-1
  },
  whoCanSee: {
    'last-seen': {
      // LS-4: "Everyone" reaches only people you messaged or called, or who saved you (since 2021-12).
      everyone: 'People you have messaged or called, and anyone who saved your number.',
      contacts: 'Your contacts.',
      'contacts-except': 'Your contacts, except those you excluded.',
      nobody: 'No one. In return you can’t see anyone’s last seen.', // LS-3
    },
    online: {
      everyone: 'People you have messaged or called, and anyone who saved your number.', // LS-4
      'same-as-last-seen': 'The same people who can see your last seen.', // LS-2
    },
    'profile-photo': {
      everyone: 'Any WhatsApp user who has your number.', // PR-1 (Help Center: by default any user can see it)
      contacts: 'Your contacts.',
      'contacts-except': 'Your contacts, except those you excluded.',
      nobody: 'No one.',
    },
    about: {
      everyone: 'Any WhatsApp user who has your number.', // PR-1
      contacts: 'Your contacts.',
      'contacts-except': 'Your contacts, except those you excluded.',
      nobody: 'No one.',
    },
    status: {
      // ST-2: both must have saved each other's number.
      contacts: 'Your contacts who also saved your number.',
      'contacts-except': 'Your contacts who also saved your number, except those you excluded.',
      'only-share-with': 'Only the contacts you picked, if they also saved your number.',
    },
    'read-receipts': {
      on: 'The person you chat with one-to-one; group members always.', // RR-7, RR-8
      off: 'No one in one-to-one chats, and you don’t see theirs; groups still get them.', // RR-7, RR-8
    },
    groups: {
      everyone: 'Anyone with your number can add you to a group.', // GR-2
      contacts: 'Only your contacts can add you; others have to send you an invite.', // GR-2
      'contacts-except': 'Your contacts, except those you excluded; others have to send you an invite.', // GR-2
      nobody: 'No one can add you directly; people have to send you an invite.', // GR-2
    },
    'default-timer': {
      off: 'Messages in new chats stay until someone deletes them.', // DM-1
      '24h': 'Messages in new chats disappear after 24 hours; either person can change the timer.', // DM-1
      '7d': 'Messages in new chats disappear after 7 days; either person can change the timer.', // DM-1
      '90d': 'Messages in new chats disappear after 90 days; either person can change the timer.', // DM-1
    },
    'live-location': {
      count: 'The people in those chats, while sharing lasts.', // LL-1
    },
    'silence-unknown-callers': {
      on: 'Calls from unknown numbers don’t ring; they still appear in your call list.', // CA-1
      off: 'Anyone with your number can ring you.', // CA-1
    },
    'protect-ip-in-calls': {
      on: 'Your calls are relayed through WhatsApp’s servers, so the other person doesn’t see your IP address.', // CA-2
      off: 'The other person in a one-to-one call may see your IP address; group calls are always relayed.', // CA-2
    },
    'block-unknown-messages': {
      on: 'WhatsApp limits large numbers of messages from accounts you don’t know.', // RES-1
      off: 'Accounts you don’t know can send you messages without that limit.', // RES-1
    },
    'blocked-contacts': {
      count: 'WhatsApp keeps this list; in the US a court order can obtain it.', // LE-1
    },
  },
  suggestion: {
    'last-seen': {
      everyone: 'Stricter: My contacts or Nobody. The cost of Nobody: you no longer see other people’s last seen.', // LS-2, LS-3
      contacts: 'Stricter: My contacts except… or Nobody. The cost of Nobody: you no longer see other people’s last seen.', // LS-3
      'contacts-except': 'Stricter: Nobody. The cost: you no longer see other people’s last seen.', // LS-3
    },
    online: {
      everyone: 'Stricter: Same as last seen. The cost: if that hides your online status, you can’t see other people’s either.', // LS-2, LS-3
    },
    'profile-photo': {
      everyone: 'Stricter: My contacts. The cost: people who are not your contacts see no photo of you.', // PR-1
      contacts: 'Stricter: My contacts except… or Nobody. The cost: those left out see no photo of you.', // PR-1
    },
    about: {
      everyone: 'Stricter: My contacts. The cost: people who are not your contacts don’t see your About.', // PR-1
    },
    status: {
      contacts: 'Stricter: My contacts except… or Only share with…. The cost: you pick people by hand; a change applies to updates you post afterwards.', // ST-2
    },
    'read-receipts': {
      on: 'Stricter: Off. The cost: you don’t see other people’s read receipts or who viewed your status; groups still send them.', // RR-7, RR-8, RR-9
    },
    groups: {
      everyone: 'Stricter: My contacts. The cost: other people have to send you an invite, which expires after 3 days.', // GR-2
    },
    'default-timer': {
      off: 'Stricter: a timer (24 hours, 7 days or 90 days). The cost: messages disappear unless kept, while forwards, quotes and earlier backups can still hold them.', // DM-1, DM-2
    },
    'silence-unknown-callers': {
      off: 'Stricter: On. The cost: calls from numbers you don’t know don’t ring; you find them only in the call list.', // CA-1
    },
    'protect-ip-in-calls': {
      off: 'Stricter: On. The cost: call quality may drop.', // CA-2
    },
  },
  personal: {
    'my-read-receipts-on': {
      title: 'Your read receipts are on',
      // RR-7
      text: 'As last read, your read receipts are on: the people you chat with one-to-one see when you have read their messages, and you see their blue ticks here. Turning them off hides both.',
    },
    'my-read-receipts-off-chat': {
      title: 'Your read receipts are off',
      // RR-7
      text: 'As last read, your read receipts are off: people don’t see when you read their messages in one-to-one chats, and you don’t see when they read yours. Blue ticks in this chat would mean the setting changed since.',
    },
    'my-read-receipts-off-group': {
      title: 'Groups get your read receipts anyway',
      // RR-8
      text: 'Your read receipts are off, but groups always send them: members see when you have read, and the blue ticks you see here come from this group.',
    },
    'my-last-seen-hidden': {
      title: 'Your last seen is hidden',
      // LS-3
      text: 'As last read, your last seen is set to Nobody, so WhatsApp doesn’t show you other people’s last seen either, this person’s included. If you see it here, the setting has changed since.',
    },
    'my-profile-photo-everyone': {
      title: 'Anyone with your number sees your photo',
      // PR-1
      text: 'As last read, your profile photo is set to Everyone: any WhatsApp user who has your number can see it, not only your contacts.',
    },
    'my-ip-unprotected': {
      title: 'A call from here can show your IP address',
      // CA-2
      text: 'As last read, Protect IP address in calls is off: a one-to-one call may connect directly and show your IP address to the other person. Group calls are always relayed through WhatsApp’s servers.',
    },
  },
}
