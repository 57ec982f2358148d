import type { Category } from '../shared/categories'
import type { AudienceEntry, Audience, Claim, Control, Note, Region, SharingEntry, SourceRef } from './types'

// English base data: one entry per category. Texts are paraphrases of the sourced facts in
// docs/research/facts.md (fact ids in comments). Translations live in ./i18n and are
// index-aligned with the arrays here.

export type BaseNote = Omit<Note, 'category' | 'sources' | 'reviewed'>

export const REVIEWED = '2026-11-23'

const c = (text: string, sources: SourceRef[]): Claim => ({ text, sources })
/** A claim about what WhatsApp/Meta says it does: needs an official source. */
const p = (text: string, sources: SourceRef[]): Claim => ({ text, sources, policy: true })
const a = (who: Audience, qualifier: string): AudienceEntry => ({ who, qualifier })
const sh = (region: Region, text: string, sources: SourceRef[], policy = true): SharingEntry =>
  policy ? { region, text, sources, policy } : { region, text, sources }
const ctl = (path: string, options: string[], exceptions: string[], sources: SourceRef[], reciprocity?: string): Control =>
  reciprocity ? { path, options, exceptions, reciprocity, sources } : { path, options, exceptions, sources }

// Shared sharing entries (reused by several notes; translated once per language file).
// MS-1, PP-6
export const SH_META = sh(
  'all',
  'WhatsApp says it shares some data with other Meta companies (e.g. your phone number, device information, IP address, how you interact with businesses), but not your contacts or shared locations, and keeps no logs of who messages whom.',
  ['wa-meta-share'],
)
// PP-1, MS-5
export const SH_EU = sh(
  'european-region',
  'In the European Region, WhatsApp Ireland is your data controller (for the UK this may have changed). In 2021 Facebook said European users’ data was not shared for Meta to improve its products or ads, though the European policy lists such purposes.',
  ['wa-providers', 'wa-pp-eea', 'pr-eu-2021'],
)
// MS-6
export const SH_IN = sh(
  'india',
  'India’s competition regulator fined Meta over the 2021 policy and banned sharing with Meta for ads for five years. In Nov 2025 an appeals tribunal kept the fine and the transparency and opt-out directions but lifted the ban; Meta has appealed to the Supreme Court.',
  ['pr-nclat-2025', 'pr-india-sc-2026'],
  false,
)
// LE-1, LE-2
export const SH_LE = sh(
  'all',
  'Under US legal process WhatsApp can disclose account records such as the last-seen date and IP address (subpoena) and blocked numbers (court order); it says it cannot hand over message content.',
  ['wa-le', 'wa-gov'],
)
// BZ-2
export const SH_BIZ = sh(
  'all',
  'Once messages reach the business, its own privacy practices apply: staff or vendors may read them, and it may use them for its marketing, including ads on Meta.',
  ['wa-biz-privacy', 'wa-biz-chats'],
)

const SETTINGS_READ = 'Settings › Privacy › Read receipts'
const SETTINGS_LAST_SEEN = 'Settings › Privacy › Last seen and online'
const ON_OFF = ['On', 'Off']
const AUDIENCE_4 = ['Everyone', 'My contacts', 'My contacts except…', 'Nobody']
const RECIPROCAL_READ = 'If you turn yours off, you can’t see other people’s read receipts either (groups excepted).'
const BLOCK_REPORT = ctl(
  '',
  [],
  ['Customers can block or report the business; blocks and reports are among the signals behind its template quality ratings.'],
  ['dev-quality'],
)
const USAGE = { apple: 'Usage Data (Product Interaction)', google: 'App activity (App interactions)' }
const UNKNOWN_RECEIPTS = c(
  'Unknown: the sources reviewed don’t say how long WhatsApp keeps receipt events on its servers. The times stay in the sender’s Message info.',
  ['wa-pp', 'wa-ticks'],
)

export const BASE: Record<Category, BaseNote> = {
  'read-receipt': {
    title: 'Read receipt (blue ticks)',
    summary: 'Blue ticks: the recipient has read your message. Your app sends the same signal when you read; you can turn that off, except in groups.',
    generated: [
      p('When the recipient opens the chat, their device reports the message as read (in one-to-one chats only if both have read receipts on): the ticks turn blue and the sender’s Message info shows the time.', ['wa-ticks', 'wa-privacy']), // RR-1, RR-4
      p('Voice messages get a separate “played” receipt, and after an edit the read receipts start over.', ['wa-ticks', 'wa-ticks-ios']), // RR-3, RR-8
      p('In a group the ticks turn blue only when every member has read the message; Message info lists each member.', ['wa-ticks']), // RR-2
    ],
    audience: [
      a('other-person', 'only if both of you have read receipts on'),
      a('group-members', 'the sender sees your read time in groups, whatever your setting'),
      a('whatsapp-servers', 'relay every receipt'),
      a('business-and-vendors', 'in business chats, “read” statuses reach the business’s systems'),
    ],
    sharing: [SH_META],
    retention: UNKNOWN_RECEIPTS,
    controls: [
      ctl(
        SETTINGS_READ,
        ON_OFF,
        ['Always sent in group chats', 'Voice-message play receipts are still sent', 'Does not stop delivery receipts (grey ticks)'],
        ['wa-privacy', 'wa-ticks-ios', 'res-careless'],
        RECIPROCAL_READ,
      ),
    ],
    controlHint: 'Settings › Privacy › Read receipts (no effect in groups)',
    storeLabels: USAGE,
    caveats: [
      c('The voice-message exception comes from an iPhone help page read only in a non-English copy.', ['wa-ticks-ios']),
    ],
    confidence: 'documented',
  },

  'delivery-receipt': {
    title: 'Delivery receipt (two grey ticks)',
    summary: 'Two grey ticks: a device of the recipient has your message. Your own devices send these receipts too, always: no setting turns them off.',
    generated: [
      p('The second tick shows as soon as the recipient’s phone or one of their linked devices receives the message; the phone may even be switched off.', ['wa-ticks']), // RR-1
      p('The sender’s Message info shows the exact delivery time; in groups, per member.', ['wa-ticks']), // RR-4
      c('Researchers showed that timing silent delivery receipts can reveal screen and app activity, device count and daily routine, using only a phone number.', ['res-careless']), // RES-1
    ],
    audience: [
      a('other-person', 'sees when each message reached you'),
      a('group-members', 'the sender sees each member’s delivery time'),
      a('anyone-with-number', 'can trigger and time silent delivery receipts (research)'),
      a('whatsapp-servers', 'relay every receipt'),
    ],
    sharing: [SH_META],
    retention: UNKNOWN_RECEIPTS,
    controls: [
      ctl('', [], ['No setting turns delivery receipts off; the read-receipt switch covers blue ticks only.'], ['wa-privacy', 'res-careless']),
      ctl(
        'Settings › Privacy › Advanced › Block unknown account messages',
        ON_OFF,
        ['Only limits floods of messages from unknown accounts; it does not stop delivery receipts.'],
        ['wa-block-unknown', 'res-careless'],
      ),
    ],
    controlHint: 'No setting: delivery receipts are always sent',
    storeLabels: USAGE,
    caveats: [
      c('WhatsApp’s help pages describe only a read-receipt switch; that delivery receipts cannot be disabled is shown by research (Careless Whisper, 2024).', ['wa-privacy', 'res-careless']),
    ],
    confidence: 'reported',
  },

  'sent-receipt': {
    title: 'Sent (one grey tick)',
    summary: 'One grey tick: the message left your device and reached WhatsApp, but no device of the recipient has received it yet.',
    generated: [
      p('A single tick means the message was sent; it changes to two ticks when a device of the recipient receives it.', ['wa-ticks']), // RR-1
      p('Until delivery, the message waits encrypted on WhatsApp’s servers.', ['wa-pp']), // PP-5
    ],
    audience: [
      a('other-person', 'gets the message once a device of theirs is online'),
      a('whatsapp-servers', 'hold the encrypted message until delivery'),
      a('authorities', 'a US pen-register order can reveal who messages whom, going forward'),
    ],
    sharing: [SH_META, SH_LE],
    retention: p('A message that can’t be delivered waits encrypted on WhatsApp’s servers for at most 30 days while delivery is retried; after that it is removed.', ['wa-pp']), // PP-5
    controls: [ctl('', [], ['No setting controls this status.'], ['wa-ticks'])],
    controlHint: 'No setting: this status always appears',
    storeLabels: USAGE,
    caveats: [
      c('WhatsApp says it keeps no routine logs of who messages whom, but a 2021 FBI guide says a pen-register order yields each message’s source and destination about every 15 minutes.', ['wa-meta-share', 'pr-fbi-chart']), // PP-6, LE-3
    ],
    confidence: 'documented',
  },

  pending: {
    title: 'Pending (clock)',
    summary: 'The clock means the message has not left your device yet. Delete it now and the recipient never receives it.',
    generated: [
      c('The clock shows while your device has no connection or WhatsApp has a service problem; nothing has reached the servers yet.', ['pr-inews-clock']), // RR-6
      c('Deleting the message while the clock shows means it never reaches the recipient.', ['pr-inews-clock']),
    ],
    audience: [
      a('other-person', 'sees nothing until the message is sent'),
      a('whatsapp-servers', 'receive the message only once it is sent'),
    ],
    sharing: [sh('all', 'Nothing is shared yet: the message is still only on your device.', ['pr-inews-clock'], false)],
    retention: c('It stays on your device until it is sent or you delete it.', ['pr-inews-clock']),
    controls: [ctl('', [], ['Delete the message before it is sent to stop it.'], ['pr-inews-clock'])],
    controlHint: 'Delete it before it sends to stop it',
    storeLabels: { apple: 'Not collected (stays on your device)', google: 'Not collected (on-device only)' },
    caveats: [
      c('No official help page about the clock was found; this note relies on press coverage, and some tip sites explain the clock wrongly.', ['pr-inews-clock']),
    ],
    confidence: 'reported',
  },

  'last-seen': {
    title: 'Last seen',
    summary: 'Shows when this person last used WhatsApp. Your setting decides who sees yours, and hiding yours hides theirs from you.',
    generated: [
      p('Your app reports when you were last active; WhatsApp’s policy lists your last seen among the usage data it collects.', ['wa-lastseen', 'wa-pp']), // LS-1, LS-8
      p('“Last seen” is the last time someone used WhatsApp, not proof that they read your message.', ['wa-lastseen']), // LS-1
    ],
    audience: [
      a('your-contacts', 'by default in some app versions'),
      a('anyone-with-number', 'only if you have chatted or they saved your number, even on “Everyone”'),
      a('whatsapp-servers', 'collect it as usage data'),
      a('authorities', 'the last-seen date is a basic record under a US subpoena'),
    ],
    sharing: [SH_META, SH_EU, SH_IN, SH_LE],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps last-seen history.', ['wa-pp']),
    controls: [
      ctl(
        SETTINGS_LAST_SEEN,
        AUDIENCE_4,
        ['Even “Everyone” only covers people you have messaged or called, or who saved your number.'],
        ['wa-privacy', 'pr-lastseen-2021'],
        'If you don’t share your last seen, you can’t see other people’s.',
      ),
    ],
    controlHint: 'Settings › Privacy › Last seen and online',
    storeLabels: USAGE,
    caveats: [
      c('Before December 2021 “Everyone” meant any WhatsApp user; tracker apps used this to log strangers’ activity.', ['pr-lastseen-2021', 'res-online-monitor']), // LS-4, RES-3
      p('Help-page variants disagree on the default (contacts or everyone), so check your own setting.', ['wa-privacy']), // LS-5
    ],
    confidence: 'documented',
  },

  'online-presence': {
    title: 'Online status',
    summary: '“Online” means the person has WhatsApp open in the foreground and connected right now. Since 2022 you can hide your own.',
    generated: [
      p('While the app is open and connected it reports you as online; WhatsApp’s policy lists whether you are online as usage data.', ['wa-lastseen', 'wa-pp']), // LS-1, LS-8
      p('Being online does not mean the person has read your message.', ['wa-lastseen']),
    ],
    audience: [
      a('other-person', 'if your setting allows and you have chatted or they saved your number'),
      a('whatsapp-servers', 'collect it as usage data'),
      a('anyone-with-number', 'activity can still be inferred from delivery-receipt timing (research)'),
    ],
    sharing: [SH_META, SH_EU],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps online-status history.', ['wa-pp']),
    controls: [
      ctl(
        SETTINGS_LAST_SEEN,
        ['Everyone', 'Same as last seen'],
        ['Only people you have chatted with or who saved your number can see it.'],
        ['wa-privacy', 'pr-privacy-2022'],
        'If you hide your online status, you can’t see other people’s.',
      ),
    ],
    controlHint: 'Settings › Privacy › Last seen and online (online: Everyone or Same as last seen)',
    storeLabels: USAGE,
    caveats: [
      c('Until August 2022 nobody could hide being online; the control was announced that month.', ['wa-online-old', 'pr-privacy-2022']), // LS-6
      c('Researchers logged strangers’ online times for months (2013–14); hiding online does not stop delivery-receipt timing (2024).', ['res-online-monitor', 'res-careless']),
    ],
    confidence: 'documented',
  },

  'typing-indicator': {
    title: 'Typing indicator',
    summary: '“Typing…” is shown live to anyone who has your chat open while you type. No setting to turn it off was found.',
    generated: [p('While you type in a chat, your app sends a live “typing…” signal to people who have that chat open and are online.', ['wa-privacy'])], // LS-7
    audience: [
      a('other-person', 'if they have the chat open and are online'),
      a('group-members', 'members who have the group open'),
      a('whatsapp-servers', 'relay the signal'),
    ],
    sharing: [SH_META],
    retention: c('Unknown: the sources reviewed don’t say whether WhatsApp keeps typing events.', ['wa-privacy']),
    controls: [ctl('', [], ['No typing-indicator setting was found in the WhatsApp help pages reviewed.'], ['wa-privacy'])],
    controlHint: 'No setting found: stop typing to hide it',
    storeLabels: USAGE,
    caveats: [c('If WhatsApp adds a typing setting, this note will be out of date; check Settings › Privacy.', ['wa-privacy'])],
    confidence: 'documented',
  },

  'status-update': {
    title: 'Status update',
    summary: 'Your status is shown only to people you and they have both saved, filtered by your status setting; Facebook sharing is opt-in.',
    generated: [
      p('Someone sees your status only if each of you has the other’s number saved and your status setting includes them.', ['wa-status-privacy']), // ST-2
      p('WhatsApp’s policy lists the features you use, including Status, as usage data it collects.', ['wa-pp']), // PP-3
    ],
    audience: [
      a('your-contacts', 'mutual contacts allowed by your status setting'),
      a('whatsapp-servers', 'carry the update and record feature use'),
      a('meta-companies', 'only if you turn on sharing to Facebook Stories'),
    ],
    sharing: [
      sh('all', 'Sharing status to Facebook Stories is optional and off by default. If you turn it on, Facebook gets each shared item with its caption and device data (language, browser, IP) and may use them, including for ads; WhatsApp says your number, contacts and messages are not shared.', ['wa-status-fb']), // ST-4, ST-5
      sh('all', 'Since June 2025 WhatsApp has been rolling out ads between status updates. Meta says they use limited data (country or city, language, channels you follow, how you interact with ads) plus Accounts Center data if linked, not your personal messages, calls or groups.', ['meta-updates-2025']), // ADS-1, MS-7
    ],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps records about status updates.', ['wa-pp']),
    controls: [
      ctl('Settings › Privacy › Status', ['My contacts', 'My contacts except…', 'Only share with…'], ['A change applies to future updates only.'], ['wa-status-privacy']),
    ],
    controlHint: 'Settings › Privacy › Status',
    storeLabels: { apple: 'User Content (Photos or Videos)', google: 'Photos and videos' },
    caveats: [
      p('Ads in the Updates tab started in June 2025; linking WhatsApp to Accounts Center lets other Meta data shape them.', ['meta-updates-2025']),
    ],
    confidence: 'documented',
  },

  'status-viewers': {
    title: 'Status viewers',
    summary: 'The viewer list shows who saw your status. It works only when both you and the viewer have read receipts on.',
    generated: [
      p('Opening someone’s status sends a view receipt; the poster sees who viewed it.', ['wa-status-privacy']), // ST-3
      p('Viewers with read receipts off are not listed; if yours are off, you see no viewers at all.', ['wa-privacy', 'wa-status-privacy']), // RR-9
    ],
    audience: [
      a('other-person', 'the poster sees you viewed, if both of you have read receipts on'),
      a('whatsapp-servers', 'relay view receipts'),
    ],
    sharing: [SH_META],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps status view events.', ['wa-pp']),
    controls: [ctl(SETTINGS_READ, ON_OFF, ['Unlike in groups, status view receipts follow this switch.'], ['wa-privacy'], 'If yours are off, you can’t see your own viewers.')],
    controlHint: 'Settings › Privacy › Read receipts',
    storeLabels: USAGE,
    caveats: [p('The list can be incomplete: people who viewed with read receipts off don’t appear.', ['wa-status-privacy'])],
    confidence: 'documented',
  },

  'profile-photo': {
    title: 'Profile photo',
    summary: 'Your profile photo is shown to whoever your setting allows; in 2024–25 researchers could access public photos of about 57% of accounts.',
    generated: [p('WhatsApp stores your profile photo and lists it among the information it collects.', ['wa-pp', 'wa-privacy'])], // PP-2, PR-1
    audience: [
      a('anyone-with-number', 'if set to Everyone (a default in some app versions)'),
      a('your-contacts', 'if set to My contacts'),
      a('whatsapp-servers', 'store it'),
    ],
    sharing: [sh('all', 'Press reports on a 2024–25 study say it could access public profile photos of about 57% of accounts by checking numbers at scale; Meta then added rate limits.', ['res-enum'], false)], // RES-2
    retention: p('Unknown for old photos. Deleting your account takes up to 90 days, and backup copies may last longer.', ['wa-delete']), // PP-10
    controls: [ctl('Settings › Privacy › Profile photo', AUDIENCE_4, ['Anyone who could see it may already have saved a copy.'], ['wa-privacy'])],
    controlHint: 'Settings › Privacy › Profile photo',
    storeLabels: { apple: 'User Content (Photos or Videos)', google: 'Photos and videos' },
    caveats: [
      p('Help-page variants disagree on the default (the Web page says anyone can see your photo).', ['wa-privacy']),
      c('“My contacts except…” was reported by the press but not checked against the current help page.', ['wa-privacy']),
    ],
    confidence: 'documented',
  },

  about: {
    title: 'About',
    summary: 'Your About text is shown to whoever your setting allows, and WhatsApp records when you last changed it.',
    generated: [p('WhatsApp collects your About text and when you last updated it.', ['wa-pp'])], // PP-3
    audience: [
      a('anyone-with-number', 'if set to Everyone'),
      a('your-contacts', 'if set to My contacts'),
      a('whatsapp-servers', 'store it and the time of the last change'),
    ],
    sharing: [sh('all', 'Press reports on a 2024–25 study say it could access About texts of about 29% of accounts by checking numbers at scale.', ['res-enum'], false)],
    retention: p('Unknown for old texts. Deleting your account takes up to 90 days, and backup copies may last longer.', ['wa-delete']),
    controls: [ctl('Settings › Privacy › About', AUDIENCE_4, [], ['wa-privacy'])],
    controlHint: 'Settings › Privacy › About',
    storeLabels: { apple: 'User Content (Other User Content)', google: 'App activity (Other user-generated content)' },
    caveats: [p('Help-page variants disagree on the default (contacts or everyone), and “My contacts except…” was not checked against the current help page.', ['wa-privacy'])],
    confidence: 'documented',
  },

  'phone-number': {
    title: 'Phone number',
    summary: 'Your phone number is your WhatsApp identity: people you chat with see it even if they haven’t saved you, and it can’t be hidden.',
    generated: [
      p('A phone number is required to register and is shown to the people you chat with.', ['wa-pp', 'wa-privacy']), // PP-2, PR-2
      p('Optional contact upload sends the numbers in your address book to WhatsApp, usually daily, but not names or emails.', ['wa-contact-upload']), // CU-1
      p('Numbers of non-users are hashed and the number deleted; the hash stays linked to the people who uploaded it.', ['wa-contact-upload', 'wa-nonusers']), // CU-2
    ],
    audience: [
      a('other-person', 'always, even if they haven’t saved you'),
      a('group-members', 'in groups you are in'),
      a('anyone-with-number', 'can check whether it is on WhatsApp and see your public profile'),
      a('whatsapp-servers', 'account information'),
      a('meta-companies', 'account registration information is shared'),
      a('authorities', 'basic subscriber records under a US subpoena'),
    ],
    sharing: [
      SH_META,
      sh('all', 'WhatsApp says it doesn’t sell or give phone numbers to advertisers and doesn’t give your contact list to Meta for its own use. Its policy still lets Meta companies use the data they receive, your number included, for ads across Meta products.', ['meta-updates-2025', 'wa-contact-upload', 'wa-pp']), // ADS-1, CU-3
      SH_EU,
      SH_IN,
      SH_LE,
    ],
    retention: p('Kept while your account exists. Deletion takes up to 90 days; backups may keep copies longer and some data may be kept for legal reasons.', ['wa-delete']),
    controls: [ctl('', [], ['No setting hides your number from people you chat with.'], ['wa-privacy'])],
    controlHint: 'No setting: your number is visible in every chat',
    storeLabels: { apple: 'Contact Info (Phone Number)', google: 'Personal info (Phone number)' },
    caveats: [
      c('Hashing does not protect phone numbers well: the number space is small, so hashes can be reversed quickly.', ['res-contact-disc']), // CU-4
      c('In 2025 researchers could check over 100 million numbers an hour against WhatsApp before Meta tightened rate limits.', ['res-enum']), // RES-2
    ],
    confidence: 'documented',
  },

  'group-participants': {
    title: 'Group participants',
    summary: 'Group members can see each participant’s phone number, even if they haven’t saved it. Your Groups setting limits who can add you.',
    generated: [
      c('Your number can’t be hidden in chats, so members of a group you are in can see it.', ['wa-privacy']), // PR-2, GR-1
      p('WhatsApp collects group names, pictures and descriptions as part of usage data.', ['wa-pp']), // PP-3
    ],
    audience: [
      a('group-members', 'see your number, and your photo and About if your settings allow'),
      a('whatsapp-servers', 'know group names, pictures and descriptions'),
    ],
    sharing: [SH_META],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps group membership records.', ['wa-pp']),
    controls: [
      ctl(
        'Settings › Privacy › Groups',
        ['Everyone', 'My contacts', 'My contacts except…'],
        ['The same setting applies to communities.', 'Leaving quietly: since 2022 only admins are told when you leave.'],
        ['wa-communities', 'wa-privacy', 'pr-privacy-2022'],
      ),
    ],
    controlHint: 'Settings › Privacy › Groups (who can add you)',
    storeLabels: { apple: 'Contact Info (Phone Number)', google: 'Personal info (Phone number)' },
    caveats: [c('That members see unsaved numbers follows from the rule that numbers can’t be hidden; the group case itself is only secondhand.', ['wa-privacy'])],
    confidence: 'reported',
  },

  'message-info': {
    title: 'Message info',
    summary: 'Message info shows the sender exactly when each message was delivered, read or played, per member in groups.',
    generated: [
      p('For a sent message, Message info lists when it was delivered, read and, for voice messages, played; in groups, per member, and entries stay after a member leaves.', ['wa-ticks']), // RR-4
    ],
    audience: [
      a('other-person', 'the sender sees when it reached you, and when you read it if both of you have read receipts on'),
      a('group-members', 'the sender sees each member’s times'),
      a('whatsapp-servers', 'relay the receipts'),
    ],
    sharing: [SH_META],
    retention: UNKNOWN_RECEIPTS,
    controls: [ctl(SETTINGS_READ, ON_OFF, ['Read times are still shown in groups.', 'Delivery times are always shown.'], ['wa-privacy'], RECIPROCAL_READ)],
    controlHint: 'Read receipts setting hides read times (not in groups)',
    storeLabels: USAGE,
    caveats: [p('After an edit, read receipts start over: the sender learns who has seen the new version.', ['wa-ticks'])], // RR-3
    confidence: 'documented',
  },

  'disappearing-messages': {
    title: 'Disappearing messages',
    summary: 'With a timer on, new messages disappear after 24 hours, 7 or 90 days, but copies can survive in previews, forwards, quotes and backups.',
    generated: [
      p('With a timer on, new messages disappear 24 hours, 7 days or 90 days after sending; a message can be kept.', ['wa-disappearing']), // DM-1
      p('In one-to-one chats either person can change the timer; in groups every member may, unless admins keep that to themselves.', ['wa-disappearing']),
    ],
    audience: [
      a('other-person', 'can change the timer, keep or forward messages'),
      a('group-members', 'may change the timer unless admins keep that to themselves'),
      a('whatsapp-servers', 'do not normally keep delivered messages anyway'),
    ],
    sharing: [SH_META],
    retention: p('Removed from chats when the timer ends; kept messages stay, and a backup made before expiry holds them until it is restored.', ['wa-disappearing']), // DM-2
    controls: [
      ctl(
        'Settings › Privacy › Default message timer',
        ['Off', '24 hours', '7 days', '90 days'],
        ['The default applies to new chats; each chat has its own timer.', 'Changing the timer only affects messages sent afterwards.'],
        ['wa-disappearing'],
      ),
    ],
    controlHint: 'Settings › Privacy › Default message timer',
    storeLabels: { apple: 'User Content (Emails or Text Messages)', google: 'Messages (Other in-app messages)' },
    caveats: [
      p('Notification previews, forwards into chats without a timer and quotes in replies can outlive the message.', ['wa-disappearing']),
      p('Copies of the help page disagree on backups, and in some countries payment and order messages can’t disappear.', ['wa-disappearing']),
    ],
    confidence: 'documented',
  },

  'view-once': {
    title: 'View once',
    summary: 'View-once media opens once and can’t be forwarded or saved, but it may stay encrypted on WhatsApp’s servers for weeks.',
    generated: [
      p('The recipient can’t forward, save, star or share the photo or video, and it expires if nobody opens it within 14 days.', ['wa-view-once']), // VO-1
      p('An “Opened” status reaches the sender only if the recipient has read receipts on.', ['wa-view-once']),
    ],
    audience: [
      a('other-person', 'can view it once, or photograph it with another device'),
      a('whatsapp-servers', 'may hold the encrypted file for some weeks; receive it if reported'),
    ],
    sharing: [sh('all', 'If the recipient reports view-once media, it is sent to WhatsApp.', ['wa-view-once'])], // VO-2
    retention: p('The encrypted file can remain on WhatsApp’s servers for some weeks after it is sent; a backup restores it only if it was never opened.', ['wa-view-once']),
    controls: [ctl('', [], ['Chosen per photo or video when you send it.'], ['wa-view-once'])],
    controlHint: 'Choose view once when sending a photo or video',
    storeLabels: { apple: 'User Content (Photos or Videos)', google: 'Photos and videos' },
    caveats: [c('Screenshot blocking was announced in August 2022; before that, screenshots were possible without notice.', ['pr-privacy-2022'])], // VO-2 changed
    confidence: 'documented',
  },

  'encryption-notice': {
    title: 'End-to-end encryption notice',
    summary: 'Encryption hides what you say, not the metadata: WhatsApp still collects usage, device and connection data.',
    generated: [
      p('Personal messages and calls are end-to-end encrypted: nobody but the people in the chat can read or hear them, not even WhatsApp.', ['wa-biz-chats']), // E2E-1
      p('WhatsApp still collects usage data (timing, frequency and duration of activity) and device and connection data such as IP address.', ['wa-pp']), // PP-3, PP-4
      p('WhatsApp says that, normally, it keeps no record of who you message or call.', ['wa-meta-share', 'wa-apple-label']), // PP-6
    ],
    audience: [
      a('whatsapp-servers', 'see metadata, not content'),
      a('authorities', 'can obtain account records, not content, WhatsApp says'),
    ],
    sharing: [SH_META, SH_EU, SH_IN, SH_LE],
    retention: p('Delivered messages are normally not kept on the servers; undelivered ones are removed after 30 days at most. Forwarded media may be kept longer, encrypted.', ['wa-pp']), // PP-5
    controls: [ctl('', [], ['Encryption can’t be switched off in personal chats; a change of encryption status is shown in the chat.'], ['wa-biz-privacy'])],
    controlHint: 'On by default; check that cloud backups are encrypted too',
    storeLabels: { apple: 'User Content (Emails or Text Messages)', google: 'Messages' },
    caveats: [
      c('Google Drive and iCloud backups are not end-to-end encrypted unless you turn that on (offered since 2021); investigators can obtain them from the cloud provider with a warrant.', ['pr-fbi-chart']), // BK-1, BK-2
    ],
    confidence: 'documented',
  },

  'business-chat-notice': {
    title: 'Business chat notice',
    summary: 'This business may use Meta or other companies to handle the chat; then they, not only the business, process your messages.',
    generated: [
      p('The notice says how the business handles messages: it works with other companies, uses a secure service from Meta, or the chat is end-to-end encrypted to it.', ['wa-biz-chats']), // BZ-1
      p('If a business has Meta host its messaging, WhatsApp no longer counts the chat as end-to-end encrypted all the way to the business.', ['wa-privacyq']), // BZ-3
      p('Your delivery and read statuses reach the business’s systems in near real time.', ['dev-status']), // BZ-6
    ],
    audience: [
      a('business-and-vendors', 'read and store your messages; staff or vendors may reply'),
      a('meta-companies', 'Meta hosts the messages when the business uses the Cloud API'),
      a('whatsapp-servers', 'relay messages and statuses'),
    ],
    sharing: [SH_BIZ, SH_META],
    retention: p('If the business uses Meta’s Cloud API, message content is kept at rest for up to 30 days by default, less with No Storage. The business keeps its own copies as long as its policy says.', ['dev-no-storage', 'wa-biz-privacy']), // BZ-5
    controls: [BLOCK_REPORT],
    controlHint: 'Block or report the business if you don’t want its messages',
    storeLabels: { apple: 'User Content (Customer Support)', google: 'Messages (Other in-app messages)' },
    caveats: [
      p('Meta says your business chats are not automatically used to pick ads for you, but the business itself may use them for its own ads.', ['wa-biz-privacy']),
      p('Since October 2025 the Cloud API, on Meta’s servers, is the only API option; the self-hosted API was retired.', ['dev-cloud-onprem']), // BZ-4
    ],
    confidence: 'documented',
  },

  'privacy-setting': {
    title: 'Privacy settings',
    summary: 'These settings decide who sees your last seen, online status, photo, About and status, and whether you send read receipts; some work both ways.',
    generated: [
      p('WhatsApp’s policy lists your settings among the usage data it collects.', ['wa-pp']), // PP-3
      p('Choices cover last seen and online, profile photo, About, status, read receipts, groups, calls and the default message timer.', ['wa-privacy', 'wa-disappearing']),
    ],
    audience: [
      a('whatsapp-servers', 'store your choices'),
      a('your-contacts', 'notice the effect, e.g. no blue ticks or last seen'),
    ],
    sharing: [SH_META],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps a history of your settings.', ['wa-pp']),
    controls: [
      ctl(
        'Settings › Privacy',
        ['Last seen and online', 'Profile photo', 'About', 'Status', 'Read receipts', 'Groups', 'Default message timer'],
        ['Read receipts are always sent in groups.', 'Delivery receipts have no setting, and none was found for the typing indicator.', 'Your phone number can’t be hidden.'],
        ['wa-privacy', 'res-careless'],
        'Hiding your last seen, online status or read receipts also hides other people’s from you.',
      ),
    ],
    controlHint: 'Review Settings › Privacy',
    storeLabels: USAGE,
    caveats: [
      c('These settings changed over time: last seen on “Everyone” was narrowed in December 2021; online status became hideable in August 2022.', ['pr-lastseen-2021', 'pr-privacy-2022']),
    ],
    confidence: 'documented',
  },

  'live-location': {
    title: 'Live location',
    summary: 'Live location shares a position in real time for a chosen period. WhatsApp says it can’t see it, and WhatsApp Web can’t show it.',
    generated: [
      c('Your phone sends updated positions to the chat for 15 minutes, 1 hour or 8 hours, until you stop sharing.', ['pr-live-location']), // LL-1
      p('Linked devices, including WhatsApp Web, can’t view live location.', ['wa-linked']), // LD-1
      p('WhatsApp estimates your city and country from your IP address and phone-number area code even without location features.', ['wa-pp']), // PP-4
    ],
    audience: [
      a('other-person', 'everyone in the chat while sharing lasts; the last position stays visible afterwards'),
      a('group-members', 'all members of the group'),
      a('whatsapp-servers', 'relay it encrypted; WhatsApp says it can’t see it'),
    ],
    sharing: [sh('all', 'WhatsApp says it cannot see locations shared in chats and so does not share them with Meta.', ['wa-meta-share'])], // LL-2
    retention: c('Unknown: no retention period was found; WhatsApp says it cannot see locations shared in chats.', ['wa-meta-share']),
    controls: [ctl('', [], ['Stop sharing from the chat at any time (on your phone).'], ['pr-live-location'])],
    controlHint: 'Stop sharing in the chat on your phone',
    storeLabels: { apple: 'Location (Precise Location)', google: 'Location (Precise location)' },
    caveats: [c('The 15-minute, 1-hour and 8-hour options come from launch coverage (2017), not a current help page.', ['pr-live-location'])],
    confidence: 'reported',
  },

  // ----- Business side -----

  'business-message-status': {
    title: 'Message status (business view)',
    summary: 'The business sees per customer when each message was sent, delivered and read, pushed to its systems by webhook in near real time.',
    generated: [
      p('For every message Meta sends the business status webhooks: sent, delivered, read, failed, and voice message played.', ['dev-status']), // BZ-6
      p('“Read” means the message was shown in the customer’s app; the delivered status may be skipped when both happen at once.', ['dev-status']),
    ],
    audience: [
      a('business-and-vendors', 'the business and any provider (BSP, CRM) receiving its webhooks'),
      a('meta-companies', 'Meta generates the statuses on the Cloud API'),
      a('other-person', 'the customer’s app creates them; the customer sees only their own ticks'),
    ],
    sharing: [SH_BIZ],
    retention: c('Unknown: the sources reviewed don’t say how long Meta keeps status events; businesses and vendors keep them per their own policies.', ['dev-status']),
    controls: [
      ctl(SETTINGS_READ, ON_OFF, ['Customer setting; customers can’t turn off delivery receipts.'], ['wa-privacy', 'dev-status', 'res-careless']),
      BLOCK_REPORT,
    ],
    controlHint: 'Customers: read receipts off limits “read” statuses',
    storeLabels: USAGE,
    caveats: [
      c('That turning read receipts off stops “read” statuses to businesses is inferred from how the setting works; Meta’s webhook docs don’t say so.', ['wa-privacy', 'dev-status']),
    ],
    confidence: 'documented',
  },

  'business-analytics': {
    title: 'Messaging analytics',
    summary: 'Dashboards count messages sent, delivered and read, and link clicks; with Meta Pixel or Conversions API, also purchases.',
    generated: [
      p('WhatsApp Manager and the API show how many messages were sent, delivered and read, what was spent, and how many links were clicked.', ['dev-metrics']), // BZ-9
      p('If Meta Pixel or the Conversions API is connected, they also count shopping conversions: items added to cart, checkouts, purchases.', ['dev-metrics']),
    ],
    audience: [
      a('business-and-vendors', 'see the metrics in dashboards and through the API'),
      a('meta-companies', 'compute the metrics and receive conversion events'),
    ],
    sharing: [sh('all', 'With Meta Pixel or the Conversions API connected, shop events (add to cart, checkout, purchase) are reported to Meta as conversions of marketing messages.', ['dev-metrics'])],
    retention: c('Unknown: the sources reviewed don’t say how long Meta keeps these metrics.', ['dev-metrics']),
    controls: [ctl('', [], ['Customers have no setting for these counts; read receipts off likely reduces read counts (inferred).'], ['dev-metrics', 'wa-privacy']), BLOCK_REPORT],
    controlHint: 'Customers: no opt-out from these counts',
    storeLabels: { apple: 'Usage Data (Product Interaction); Purchases', google: 'App activity; Financial info (Purchase history)' },
    caveats: [p('Since 8 September 2025 conversion metrics are no longer shown in Ads Manager.', ['dev-metrics'])],
    confidence: 'documented',
  },

  'business-phone-quality': {
    title: 'Quality rating',
    summary: 'Template quality ratings reflect how customers react, including blocks, reports and read rates; low ratings can get templates paused or disabled.',
    generated: [
      p('Meta rates each template GREEN, YELLOW, RED or UNKNOWN from how it is used, how often customers block or report it, and engagement signals like the share of messages read.', ['dev-quality']), // BZ-10
      p('Messaging limits cap how many customers a business can reach outside the 24-hour service window per rolling day: 250, then 2,000, 10,000, 100,000 or unlimited.', ['dev-limits']), // BZ-11
    ],
    audience: [
      a('business-and-vendors', 'see the rating'),
      a('meta-companies', 'compute it from customer feedback'),
    ],
    sharing: [sh('all', 'Customer blocks, reports and read behaviour feed Meta’s ratings of the business’s templates.', ['dev-quality'])],
    retention: c('Unknown: the sources reviewed don’t say how long feedback signals are kept.', ['dev-quality']),
    controls: [BLOCK_REPORT],
    controlHint: 'Customers: blocks and reports can lower the rating',
    storeLabels: USAGE,
    caveats: [
      p('Low ratings can lead Meta to slow, pause or disable templates.', ['dev-quality']),
      c('The documented rating is per template; details of number-level ratings were not in the sources reviewed.', ['dev-quality']),
    ],
    confidence: 'documented',
  },

  'business-template': {
    title: 'Message template',
    summary: 'Outside the 24-hour window businesses reach customers with templates; Meta tracks their reads and clicks and rates them.',
    generated: [
      p('Outside the 24-hour customer-service window, business-initiated messages use templates, capped by messaging limits.', ['dev-limits', 'dev-quality']),
      p('For its marketing messages, the business sees how many were sent, delivered and read, and how many links were clicked.', ['dev-metrics']),
    ],
    audience: [
      a('business-and-vendors', 'see per-template counts'),
      a('meta-companies', 'rate each template’s quality'),
    ],
    sharing: [sh('all', 'How customers react to a template (reads, blocks, reports) feeds its quality rating.', ['dev-quality'])],
    retention: c('Unknown: the sources reviewed don’t say how long template metrics are kept.', ['dev-metrics']),
    controls: [BLOCK_REPORT],
    controlHint: 'Customers: block or report unwanted templates',
    storeLabels: USAGE,
    caveats: [p('Templates with low ratings can be slowed, paused or disabled.', ['dev-quality'])],
    confidence: 'documented',
  },

  'customer-phone-number': {
    title: 'Customer phone number',
    summary: 'The business normally sees each customer’s phone number and may use chats for its own marketing, including ads on Meta.',
    generated: [
      c('Messages and status webhooks identify the customer, normally by phone number.', ['dev-status']),
      p('The business may use chats for its own marketing, including advertising on Meta.', ['wa-biz-privacy']), // BZ-2
    ],
    audience: [
      a('business-and-vendors', 'store the number with the chat history'),
      a('meta-companies', 'WhatsApp shares how you interact with businesses'),
    ],
    sharing: [SH_BIZ, SH_META],
    retention: c('Unknown: set by the business’s own privacy policy.', ['wa-biz-privacy']),
    controls: [ctl('', [], ['Customers can’t hide their number from a business they chat with.'], ['wa-privacy']), BLOCK_REPORT],
    controlHint: 'Customers: your number is visible to the business',
    storeLabels: { apple: 'Contact Info (Phone Number)', google: 'Personal info (Phone number)' },
    caveats: [],
    confidence: 'reported',
  },

  'webhook-config': {
    title: 'Webhook configuration',
    summary: 'Webhooks push every customer message and delivery or read status to the URL set here, often a vendor’s server.',
    generated: [
      p('Subscribed webhooks deliver incoming messages and statuses (sent, delivered, read, failed, played) to the configured endpoint.', ['dev-status']),
      p('Messages are encrypted in transit up to wherever the business has them delivered; from there on, the business’s and its vendors’ practices apply.', ['wa-biz-privacy']),
    ],
    audience: [
      a('business-and-vendors', 'whoever runs the endpoint: the business, a BSP or a CRM'),
      a('meta-companies', 'Meta sends the webhooks from the Cloud API'),
    ],
    sharing: [SH_BIZ],
    retention: p('By default the Cloud API keeps message content at rest for up to 30 days. “Local storage” keeps it at rest in a country the business picks (in use elsewhere up to 60 minutes); “No Storage” holds data in transit at most 1 hour, media kept for a set time between 1 hour and 30 days.', ['dev-no-storage', 'dev-local-storage']), // BZ-5
    controls: [ctl('', ['Default (up to 30 days)', 'Local storage', 'No Storage'], ['Chosen by the business; customers can’t choose.'], ['dev-no-storage', 'dev-local-storage'])],
    controlHint: 'Business: No Storage or Local storage limits retention',
    storeLabels: { apple: 'User Content (Customer Support)', google: 'Messages (Other in-app messages)' },
    caveats: [p('The self-hosted On-Premises API was retired in October 2025, so API traffic now passes through Meta’s Cloud API.', ['dev-cloud-onprem'])],
    confidence: 'documented',
  },
}
