import type { Category } from '../shared/categories'
import type { AudienceEntry, Audience, Claim, Control, Note, Region, SharingEntry, SourceRef } from './types'

// English base data: one entry per category. Texts are paraphrases of the sourced facts in
// docs/research/facts.md (fact ids in comments). Translations live in ./i18n and are
// index-aligned with the arrays here. Each note carries the date it was last reviewed.

export type BaseNote = Omit<Note, 'category' | 'sources'>

/** The review that checked every note against its sources (issue 17). */
const REVIEWED = '2026-12-02'

const c = (text: string, sources: SourceRef[]): Claim => ({ text, sources })
/** A claim about what WhatsApp/Meta says it does: needs an official source. */
const p = (text: string, sources: SourceRef[]): Claim => ({ text, sources, policy: true })
/** An audience that always applies. */
const a = (who: Audience, detail: string): AudienceEntry => ({ who, condition: '', detail })
/** An audience that applies only under a condition; the condition is always shown with its name. */
const ai = (who: Audience, condition: string, detail: string): AudienceEntry => ({ who, condition, detail })
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
// MS-1: for events the official list does not name (receipts, typing, views…)
export const SH_NOT_LISTED = sh(
  'all',
  'WhatsApp’s list of what it shares with other Meta companies names account, device and connection data and business interactions; it does not name this event.',
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
  'India’s competition regulator fined Meta over the 2021 policy and banned sharing with Meta for ads for five years. In Nov 2025 an appeals tribunal kept the fine and the user-choice directions but lifted the ban. In Feb 2026 WhatsApp told the Supreme Court it would apply those directions, including an opt-out from sharing for purposes other than WhatsApp’s own, by 16 March 2026; the main appeals are still pending (reported).',
  ['pr-nclat-2025', 'pr-india-sc-2026', 'pr-india-sc-2026-02'],
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
const UNKNOWN_RECEIPTS = c(
  'Unknown: the sources reviewed don’t say how long WhatsApp keeps receipt events on its servers. The times stay in the sender’s Message info.',
  ['wa-pp', 'wa-ticks'],
)
const UNKNOWN_RECEIPTS_HINT = 'Unknown on WhatsApp’s servers (the sources reviewed don’t say); the sender’s Message info keeps the times'

export const BASE: Record<Category, BaseNote> = {
  'read-receipt': {
    title: 'Read receipt (blue ticks)',
    summary: 'Blue ticks: the recipient has read your message. Your app sends the same signal when you read; you can turn that off, except in groups.',
    generated: [
      p('When the recipient opens the chat, their device reports the message as read (in one-to-one chats only if both have read receipts on): the ticks turn blue and the sender’s Message info shows the time.', ['wa-ticks', 'wa-privacy']), // RR-1, RR-4
      p('Voice messages get a separate “played” receipt, and after an edit the read receipts start over.', ['wa-ticks']), // RR-3, RR-4
      p('In a group the ticks turn blue only when every member has read the message; Message info lists each member.', ['wa-ticks']), // RR-2
    ],
    audience: [
      ai('other-person', 'only if both of you have read receipts on', 'sees when you read their message in a one-to-one chat'),
      ai('group-members', 'in groups, whatever your setting', 'the sender sees in Message info when you read it'),
      a('whatsapp-servers', 'relay every receipt'),
      ai('business-and-vendors', 'in chats with a business', '“read” statuses reach the business’s systems'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: UNKNOWN_RECEIPTS,
    retentionHint: UNKNOWN_RECEIPTS_HINT,
    controls: [
      ctl(
        SETTINGS_READ,
        ON_OFF,
        ['Always sent in group chats', 'Does not stop delivery receipts (grey ticks)'],
        ['wa-privacy', 'res-careless'],
        RECIPROCAL_READ,
      ),
    ],
    controlHint: 'Settings › Privacy › Read receipts (no effect in groups)',
    caveats: [
      c('An older iPhone help page, read only in an Urdu copy, says voice-message play receipts are still sent with read receipts off; the current English help page doesn’t say so, so this may have changed.', ['wa-ticks-ios', 'wa-privacy']),
    ],
    mainSources: ['wa-ticks', 'wa-privacy', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'delivery-receipt': {
    title: 'Delivery receipt (two grey ticks)',
    summary: 'Two grey ticks: a device of the recipient has your message. Your own devices send these receipts too, always: no setting turns them off.',
    generated: [
      p('The second tick shows as soon as the recipient’s phone or one of their linked devices receives the message; the phone may even be switched off.', ['wa-ticks']), // RR-1
      p('The sender’s Message info shows the exact delivery time; in groups, per member.', ['wa-ticks']), // RR-4
      c('Researchers showed in 2024 that someone who knows only your number could infer screen and app activity, device count and daily routine from the timing of silent delivery receipts.', ['res-careless']), // RES-1
    ],
    audience: [
      a('other-person', 'sees when each message reached you'),
      ai('group-members', 'in groups', 'the sender sees each member’s delivery time'),
      a('whatsapp-servers', 'relay every receipt'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: UNKNOWN_RECEIPTS,
    retentionHint: UNKNOWN_RECEIPTS_HINT,
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
    caveats: [
      c('WhatsApp’s help pages describe only a read-receipt switch; that delivery receipts cannot be disabled is shown by research (Careless Whisper, 2024).', ['wa-privacy', 'res-careless']),
    ],
    mainSources: ['wa-ticks', 'wa-privacy', 'res-careless'],
    confidence: 'reported',
    reviewed: REVIEWED,
  },

  'sent-receipt': {
    title: 'Sent (one grey tick)',
    summary: 'One grey tick: the message reached WhatsApp but no device of the recipient has it yet. In a group, not every member has it yet.',
    generated: [
      p('A single tick means the message was sent; it changes to two ticks when a device of the recipient receives it. In a group, the second tick appears only once every member has received it.', ['wa-ticks']), // RR-1, RR-2
      p('Until delivery, the message waits encrypted on WhatsApp’s servers.', ['wa-pp']), // PP-5
      p('One tick also stays if the recipient has blocked you: messages to someone who blocked you are never delivered.', ['wa-ticks']), // RR-5
    ],
    audience: [
      a('other-person', 'gets the message once a device of theirs is online'),
      ai('whatsapp-servers', 'encrypted, until delivery', 'hold the message until a device of the recipient has it'),
      ai('authorities', 'only with a US pen-register order', 'can learn who messages whom from then on (reported)'),
    ],
    sharing: [SH_NOT_LISTED, SH_LE],
    retention: p('A message that can’t be delivered waits encrypted on WhatsApp’s servers for at most 30 days while delivery is retried; after that it is removed.', ['wa-pp']), // PP-5
    retentionHint: 'Undelivered, it waits encrypted on WhatsApp’s servers for at most 30 days, then it is removed',
    controls: [ctl('', [], ['No setting controls this status.'], ['wa-ticks'])],
    controlHint: 'No setting: this status always appears',
    caveats: [
      c('WhatsApp says it keeps no routine logs of who messages whom, but a 2021 FBI guide, as reported by the press, says a pen-register order yields each message’s source and destination about every 15 minutes.', ['wa-meta-share', 'pr-fbi-chart']), // PP-6, LE-3
    ],
    mainSources: ['wa-ticks', 'wa-pp', 'pr-fbi-chart'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  pending: {
    title: 'Pending (clock)',
    summary: 'The clock means the message has not left your device yet. Delete it now and the recipient never receives it.',
    generated: [
      c('The clock shows while your device has no connection or WhatsApp has a service problem; nothing has reached the servers yet.', ['pr-inews-clock']), // RR-6
      c('Deleting the message while the clock shows means it never reaches the recipient.', ['pr-inews-clock']),
    ],
    audience: [a('other-person', 'sees nothing until the message is sent')],
    sharing: [sh('all', 'Nothing is shared yet: the message is still only on your device.', ['pr-inews-clock'], false)],
    retention: c('It stays on your device until it is sent or you delete it.', ['pr-inews-clock']),
    retentionHint: 'Only on your device, until it is sent or you delete it',
    controls: [ctl('', [], ['Delete the message before it is sent to stop it.'], ['pr-inews-clock'])],
    controlHint: 'Delete it before it sends to stop it',
    caveats: [
      c('No official help page about the clock was found; this note relies on press coverage, and some tip sites explain the clock wrongly.', ['pr-inews-clock']),
      c('WhatsApp’s servers receive nothing until the clock turns into a tick.', ['pr-inews-clock']),
    ],
    mainSources: ['pr-inews-clock'],
    confidence: 'reported',
    reviewed: REVIEWED,
  },

  'last-seen': {
    title: 'Last seen',
    summary: 'Shows when this person last used WhatsApp. Your setting decides who sees yours, and hiding yours hides theirs from you.',
    generated: [
      p('Your app reports when you were last active; WhatsApp’s policy lists your last seen among the usage data it collects.', ['wa-lastseen', 'wa-pp']), // LS-1, LS-8
      p('“Last seen” is the last time someone used WhatsApp, not proof that they read your message.', ['wa-lastseen']), // LS-1
    ],
    audience: [
      ai('your-contacts', 'if your setting is My contacts or Everyone', 'people whose numbers you saved'),
      ai('other-person', 'only with Everyone, if you chatted or they saved you', 'since December 2021 strangers no longer see it'),
      a('whatsapp-servers', 'collect it as usage data'),
      ai('authorities', 'with a US subpoena', 'the last-seen date is a basic record'),
    ],
    sharing: [SH_NOT_LISTED, SH_EU, SH_IN, SH_LE],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps last-seen history.', ['wa-pp']),
    retentionHint: 'Unknown: the sources reviewed don’t say how long WhatsApp keeps last-seen history',
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
    caveats: [
      c('Before December 2021 “Everyone” meant any WhatsApp user; tracker apps used this to log strangers’ activity.', ['pr-lastseen-2021', 'res-online-monitor']), // LS-4, RES-3
      p('Help-page variants disagree on the default (contacts or everyone), so check your own setting.', ['wa-privacy']), // LS-5
    ],
    mainSources: ['wa-lastseen', 'wa-privacy', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'online-presence': {
    title: 'Online status',
    summary: '“Online” means the person has WhatsApp open in the foreground and connected right now. Since 2022 you can hide your own.',
    generated: [
      p('While the app is open and connected it reports you as online; WhatsApp’s policy lists whether you are online as usage data.', ['wa-lastseen', 'wa-pp']), // LS-1, LS-8
      p('Being online does not mean the person has read your message.', ['wa-lastseen']),
      c('Hiding it does not hide everything: in 2024 researchers showed that someone who knows only your number could infer your activity from delivery-receipt timing.', ['res-careless']), // RES-1
    ],
    audience: [
      ai('other-person', 'if your setting allows and you chatted or they saved you', 'sees that you are online right now'),
      a('whatsapp-servers', 'collect it as usage data'),
    ],
    sharing: [SH_NOT_LISTED, SH_EU],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps online-status history.', ['wa-pp']),
    retentionHint: 'Unknown: the sources reviewed don’t say how long WhatsApp keeps online-status history',
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
    caveats: [
      c('Until August 2022 nobody could hide being online; the control was announced that month.', ['wa-online-old', 'pr-privacy-2022']), // LS-6
      c('Researchers logged strangers’ online times for months (2013–14), before last seen and online were restricted.', ['res-online-monitor']),
    ],
    mainSources: ['wa-lastseen', 'wa-privacy', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'typing-indicator': {
    title: 'Typing indicator',
    summary: '“Typing…” is shown live to anyone who has your chat open while you type. No setting to turn it off was found.',
    generated: [p('While you type in a chat, your app sends a live “typing…” signal to people who have that chat open and are online.', ['wa-privacy'])], // LS-7
    audience: [
      ai('other-person', 'only while they have the chat open and are online', 'sees “typing…” live'),
      ai('group-members', 'only members who have the group open', 'see who is typing'),
      a('whatsapp-servers', 'relay the signal'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: c('Unknown: the sources reviewed don’t say whether WhatsApp keeps typing events.', ['wa-privacy']),
    retentionHint: 'Unknown: the sources reviewed don’t say whether WhatsApp keeps typing events',
    controls: [ctl('', [], ['No typing-indicator setting was found in the WhatsApp help pages reviewed.'], ['wa-privacy'])],
    controlHint: 'No setting found: stop typing to hide it',
    caveats: [c('If WhatsApp adds a typing setting, this note will be out of date; check Settings › Privacy.', ['wa-privacy'])],
    mainSources: ['wa-privacy'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'status-update': {
    title: 'Status update',
    summary: 'Status updates vanish after 24 hours and are end-to-end encrypted. Only people who have each other’s numbers saved see them.',
    generated: [
      p('Someone sees your status only if each of you has the other’s number saved and your status setting includes them.', ['wa-status-privacy']), // ST-2
      p('Status updates disappear after 24 hours and, like personal messages, are end-to-end encrypted.', ['wa-status-privacy', 'wa-security-whitepaper']), // ST-1
      p('WhatsApp’s policy lists the features you use, including Status, as usage data it collects.', ['wa-pp']), // PP-3
    ],
    audience: [
      ai('your-contacts', 'only mutual contacts your status setting includes', 'see each update for 24 hours'),
      ai('whatsapp-servers', 'end-to-end encrypted', 'carry the update and record that you use Status'),
      ai('meta-companies', 'only if you share your status to Facebook', 'Facebook gets each shared item'),
    ],
    sharing: [
      sh('all', 'Sharing status to Facebook Stories is optional and off by default. If you turn it on, Facebook gets each shared item with its caption and device data (language, browser, IP) and may use them, including for ads; WhatsApp says your number, contacts and messages are not shared.', ['wa-status-fb']), // ST-4, ST-5
      sh('all', 'Since June 2025 WhatsApp has been rolling out ads between status updates. Meta says they use limited data (country or city, language, channels you follow, how you interact with ads) plus Accounts Center data if linked, not your personal messages, calls or groups.', ['meta-updates-2025']), // ADS-1, MS-7
    ],
    retention: c('Updates disappear from viewers after 24 hours; the sources reviewed don’t say how long WhatsApp keeps records about them.', ['wa-status-privacy', 'wa-pp']),
    retentionHint: 'Gone for viewers after 24 hours; how long WhatsApp keeps records about it is unknown',
    controls: [
      ctl('Settings › Privacy › Status', ['My contacts', 'My contacts except…', 'Only share with…'], ['A change applies to future updates only.'], ['wa-status-privacy']),
    ],
    controlHint: 'Settings › Privacy › Status',
    caveats: [
      p('Ads in the Updates tab started in June 2025; linking WhatsApp to Accounts Center lets other Meta data shape them.', ['meta-updates-2025']),
    ],
    mainSources: ['wa-status-privacy', 'wa-status-fb', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'status-viewers': {
    title: 'Status viewers',
    summary: 'The viewer list shows who saw your status. It works only when both you and the viewer have read receipts on.',
    generated: [
      p('Opening someone’s status sends a view receipt; the poster sees who viewed it.', ['wa-status-privacy']), // ST-3
      p('Viewers with read receipts off are not listed; if yours are off, you see no viewers at all.', ['wa-privacy', 'wa-status-privacy']), // RR-9
    ],
    audience: [
      ai('other-person', 'only if both of you have read receipts on', 'the poster sees that you viewed it'),
      a('whatsapp-servers', 'relay view receipts'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps status view events.', ['wa-pp']),
    retentionHint: 'Unknown: the sources reviewed don’t say how long WhatsApp keeps status view events',
    controls: [ctl(SETTINGS_READ, ON_OFF, ['Unlike in groups, status view receipts follow this switch.'], ['wa-privacy'], 'If yours are off, you can’t see your own viewers.')],
    controlHint: 'Settings › Privacy › Read receipts',
    caveats: [p('The list can be incomplete: people who viewed with read receipts off don’t appear.', ['wa-status-privacy'])],
    mainSources: ['wa-status-privacy', 'wa-privacy', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'profile-photo': {
    title: 'Profile photo',
    summary: 'Your profile photo is shown to whoever your setting allows. With Everyone, anyone who has your number can see it.',
    generated: [p('WhatsApp stores your profile photo and lists it among the information it collects.', ['wa-pp'])], // PP-2, PP-3
    audience: [
      ai('anyone-with-number', 'only if your setting is Everyone', 'can see your photo'),
      ai('your-contacts', 'if your setting is My contacts or Everyone', 'can see your photo'),
      a('whatsapp-servers', 'store it'),
    ],
    sharing: [sh('all', 'Press reports on a 2024–25 study say it could access the public profile photos of about 57% of accounts by checking numbers at scale; Meta then added rate limits.', ['pr-enum-2025', 'res-enum'], false)], // RES-2
    retention: p('Unknown for old photos. Deleting your account takes up to 90 days, and backup copies may last longer.', ['wa-delete']), // PP-10
    retentionHint: 'Unknown for old photos; deleting your account takes up to 90 days, backups may keep copies longer',
    controls: [ctl('Settings › Privacy › Profile photo', AUDIENCE_4, ['Anyone who could see it may already have saved a copy.'], ['wa-privacy'])],
    controlHint: 'Settings › Privacy › Profile photo',
    caveats: [
      p('Help-page variants disagree on the default (the Web page says anyone can see your photo).', ['wa-privacy']),
      c('The 57% figure comes from press reports; it was not found in the version of the paper reviewed.', ['pr-enum-2025', 'res-enum']),
    ],
    mainSources: ['wa-privacy', 'wa-pp', 'wa-delete'],
    confidence: 'reported',
    reviewed: REVIEWED,
  },

  about: {
    title: 'About',
    summary: 'Your About text is shown to whoever your setting allows, and WhatsApp records when you last changed it.',
    generated: [p('WhatsApp collects your About text and when you last updated it.', ['wa-pp'])], // PP-3
    audience: [
      ai('anyone-with-number', 'only if your setting is Everyone', 'can read your About'),
      ai('your-contacts', 'if your setting is My contacts or Everyone', 'can read your About'),
      a('whatsapp-servers', 'store it and the time of the last change'),
    ],
    sharing: [sh('all', 'Press reports on a 2024–25 study say it could access the About texts of about 29% of accounts by checking numbers at scale.', ['pr-enum-2025', 'res-enum'], false)],
    retention: p('Unknown for old texts. Deleting your account takes up to 90 days, and backup copies may last longer.', ['wa-delete']),
    retentionHint: 'Unknown for old texts; deleting your account takes up to 90 days, backups may keep copies longer',
    controls: [ctl('Settings › Privacy › About', AUDIENCE_4, [], ['wa-privacy'])],
    controlHint: 'Settings › Privacy › About',
    caveats: [
      p('Help-page variants disagree on the default (contacts or everyone).', ['wa-privacy']),
      c('The 29% figure comes from press reports; it was not found in the version of the paper reviewed.', ['pr-enum-2025', 'res-enum']),
    ],
    mainSources: ['wa-privacy', 'wa-pp', 'wa-delete'],
    confidence: 'reported',
    reviewed: REVIEWED,
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
      a('other-person', 'sees it in every chat, even without having saved you'),
      ai('group-members', 'in groups you are in', 'see it'),
      a('anyone-with-number', 'can check whether it is on WhatsApp'),
      a('whatsapp-servers', 'hold it as account information'),
      a('meta-companies', 'receive it as account registration information'),
      ai('authorities', 'with a US subpoena', 'basic subscriber records'),
    ],
    sharing: [
      SH_META,
      sh('elsewhere', 'Outside the European Region, the 2021 policy lets Meta companies use what they receive to run and improve services, for safety, to connect experiences across Meta products, to personalise features and content, and to show relevant offers and ads. WhatsApp does not say that your number specifically is used for ads, and says it doesn’t sell or give numbers to advertisers.', ['wa-pp', 'meta-updates-2025', 'wa-contact-upload']), // MS-2, ADS-1, CU-3
      SH_EU,
      SH_IN,
      SH_LE,
    ],
    retention: p('Kept while your account exists. Deletion takes up to 90 days; backups may keep copies longer and some data may be kept for legal reasons.', ['wa-delete']),
    retentionHint: 'While your account exists; deleting it takes up to 90 days, and backups may keep copies longer',
    controls: [ctl('', [], ['No setting hides your number from people you chat with.'], ['wa-privacy'])],
    controlHint: 'No setting: your number is visible in every chat',
    caveats: [
      p('Usernames, which show instead of your number, are rolling out gradually from 2026. Channels already hide your number from other followers.', ['dev-bsuid', 'wa-channels-privacy']), // PR-2, CH-2 (what communities hide is only press-reported, CM-2: left out)
      c('Hashing does not protect phone numbers well: the number space is small, so hashes can be reversed quickly.', ['res-contact-disc']), // CU-4
      c('In 2025 researchers could check over 100 million numbers an hour against WhatsApp before Meta tightened rate limits.', ['res-enum']), // RES-2
    ],
    mainSources: ['wa-privacy', 'wa-meta-share', 'wa-delete'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'group-participants': {
    title: 'Group participants',
    summary: 'Group members can see each participant’s phone number, even if they haven’t saved it. Your Groups setting limits who can add you.',
    generated: [
      c('Your number can’t be hidden in chats, so members of a group you are in can see it.', ['wa-privacy']), // PR-2, GR-1
      p('WhatsApp collects group names, pictures and descriptions as part of usage data.', ['wa-pp']), // PP-3
    ],
    audience: [
      a('group-members', 'see your number, and your photo and About as your settings allow'),
      a('whatsapp-servers', 'know group names, pictures and descriptions'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps group membership records.', ['wa-pp']),
    retentionHint: 'Unknown: the sources reviewed don’t say how long WhatsApp keeps membership records',
    controls: [
      ctl(
        'Settings › Privacy › Groups',
        ['Everyone', 'My contacts', 'My contacts except…'],
        ['The same setting applies to communities.', 'Leaving quietly: since 2022 only admins are told when you leave.'],
        ['wa-communities', 'wa-privacy', 'pr-privacy-2022'],
      ),
    ],
    controlHint: 'Settings › Privacy › Groups (who can add you)',
    caveats: [c('That members see unsaved numbers follows from the rule that numbers can’t be hidden; the group case itself is only secondhand.', ['wa-privacy'])],
    mainSources: ['wa-privacy', 'wa-pp', 'wa-communities'],
    confidence: 'reported',
    reviewed: REVIEWED,
  },

  'message-info': {
    title: 'Message info',
    summary: 'Message info shows the sender exactly when each message was delivered, read or played, per member in groups.',
    generated: [
      p('For a sent message, Message info lists when it was delivered, read and, for voice messages, played; in groups, per member, and entries stay after a member leaves.', ['wa-ticks']), // RR-4
    ],
    audience: [
      ai('other-person', 'read times only if both of you have read receipts on', 'the sender sees when it reached you and when you read it'),
      ai('group-members', 'only the sender of each message', 'sees every member’s delivery and read times'),
      a('whatsapp-servers', 'relay the receipts'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: UNKNOWN_RECEIPTS,
    retentionHint: UNKNOWN_RECEIPTS_HINT,
    controls: [ctl(SETTINGS_READ, ON_OFF, ['Read times are still shown in groups.', 'Delivery times are always shown.'], ['wa-privacy'], RECIPROCAL_READ)],
    controlHint: 'Read receipts setting hides read times (not in groups)',
    caveats: [p('After an edit, read receipts start over: the sender learns who has seen the new version.', ['wa-ticks'])], // RR-3
    mainSources: ['wa-ticks', 'wa-privacy', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
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
      ai('group-members', 'unless admins keep that to themselves', 'may change the timer'),
      ai('whatsapp-servers', 'encrypted, only until delivery', 'do not normally keep delivered messages anyway'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: p('Removed from chats when the timer ends; kept messages stay, and a backup made before expiry holds them until it is restored.', ['wa-disappearing']), // DM-2
    retentionHint: 'Gone from chats when the timer ends, unless kept; a backup made before then still holds them',
    controls: [
      ctl(
        'Settings › Privacy › Default message timer',
        ['Off', '24 hours', '7 days', '90 days'],
        ['The default applies to new chats; each chat has its own timer.', 'Changing the timer only affects messages sent afterwards.'],
        ['wa-disappearing'],
      ),
    ],
    controlHint: 'Settings › Privacy › Default message timer',
    caveats: [
      p('Notification previews, forwards into chats without a timer and quotes in replies can outlive the message.', ['wa-disappearing']),
      p('Copies of the help page disagree on backups, and in some countries payment and order messages can’t disappear.', ['wa-disappearing']),
    ],
    mainSources: ['wa-disappearing'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'view-once': {
    title: 'View once',
    summary: 'View-once photos, videos and voice messages open once and can’t be forwarded or saved, but may stay encrypted on WhatsApp’s servers for weeks.',
    generated: [
      p('The recipient can’t forward, save, star or share a view-once photo, video or voice message, and it expires if nobody opens it within 14 days.', ['wa-view-once']), // VO-1
      p('An “Opened” status reaches the sender only if the recipient has read receipts on.', ['wa-view-once']),
      p('Recipients can’t take screenshots of view-once media, but can photograph it with another device; on Android, view-once voice messages can be recorded with the phone’s own screen recorder.', ['wa-view-once']),
    ],
    audience: [
      a('other-person', 'can open it once, or photograph it with another device'),
      ai('whatsapp-servers', 'encrypted file, possibly for some weeks', 'may keep it after it is sent'),
    ],
    sharing: [sh('all', 'If the recipient reports view-once media or a voice message, it is sent to WhatsApp.', ['wa-view-once'])], // VO-2
    retention: p('The encrypted file can remain on WhatsApp’s servers for some weeks after it is sent; a backup restores it only if it was never opened.', ['wa-view-once']),
    retentionHint: 'The encrypted file may stay on WhatsApp’s servers for some weeks after it is sent',
    controls: [ctl('', [], ['Chosen per photo, video or voice message when you send it.'], ['wa-view-once'])],
    controlHint: 'Choose view once when sending a photo, video or voice message',
    caveats: [
      c('Screenshot blocking was announced in August 2022; before that, screenshots were possible without notice. View-once voice messages came in December 2023.', ['pr-privacy-2022', 'wa-view-once']), // VO-2 changed
    ],
    mainSources: ['wa-view-once'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'encryption-notice': {
    title: 'End-to-end encryption notice',
    summary: 'Encryption hides what you say, not the metadata: WhatsApp still sees who talks to whom when, and collects device and usage data.',
    generated: [
      p('Personal messages and calls are end-to-end encrypted: nobody but the people in the chat can read or hear them, not even WhatsApp.', ['wa-biz-chats']), // E2E-1
      p('WhatsApp still collects usage data (timing, frequency and duration of activity) and device and connection data such as IP address.', ['wa-pp']), // PP-3, PP-4
      c('To deliver messages, WhatsApp’s servers see who sends to whom. WhatsApp says it normally keeps no record of it, but under US legal process (a pen-register order) it can be made to record sender and recipient from then on (reported).', ['wa-pp', 'wa-meta-share', 'pr-fbi-chart']), // PP-5, PP-6, LE-3
    ],
    audience: [
      ai('whatsapp-servers', 'metadata only, not message content', 'see who talks to whom and when, and device data'),
      ai('authorities', 'with US legal process', 'can obtain account records and future routing data, not content'),
    ],
    sharing: [SH_META, SH_EU, SH_IN, SH_LE],
    retention: p('Delivered messages are normally not kept on the servers; undelivered ones are removed after 30 days at most. Forwarded media may be kept longer, encrypted.', ['wa-pp']), // PP-5
    retentionHint: 'Delivered: normally not kept on servers; undelivered: 30 days at most; forwarded media may stay longer',
    controls: [
      ctl('', [], ['End-to-end encryption is on automatically in personal chats; there is no setting to turn it off.', 'A change of a chat’s encryption status is shown in the chat.'], ['wa-e2ee', 'wa-biz-privacy']),
      ctl('Settings › Chats › Chat backup › End-to-end encrypted backup', ON_OFF, ['Off by default.'], ['wa-e2ee-backup']),
    ],
    controlHint: 'On by default; check that cloud backups are encrypted too',
    caveats: [
      p('Backups to Google Drive or iCloud are end-to-end encrypted only if you turn that on, and a full iCloud backup of an iPhone also holds an unencrypted copy of your chats.', ['wa-e2ee-backup']), // BK-1
      c('WhatsApp says message content may exist in a user’s cloud backup; a 2021 FBI guide, as reported, says iCloud returns for iPhone users can include WhatsApp content.', ['wa-gov', 'pr-fbi-chart']), // LE-2, BK-2
    ],
    mainSources: ['wa-pp', 'wa-le', 'wa-e2ee-backup'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'business-chat-notice': {
    title: 'Business chat notice',
    summary: 'This business may use Meta or other companies to handle the chat; then they, not only the business, process your messages.',
    generated: [
      p('The notice says how the business handles messages: it works with other companies, uses a secure service from Meta, or the chat is end-to-end encrypted to it.', ['wa-biz-chats']), // BZ-1
      p('If a business has Meta host its messaging, WhatsApp no longer counts the chat as end-to-end encrypted all the way to the business.', ['wa-privacyq']), // BZ-3
      p('Since the self-hosted API was retired in October 2025, chats labelled “works with other companies” also pass through Meta’s Cloud API.', ['dev-cloud-onprem', 'wa-biz-chats']), // BZ-4
      p('Your delivery and read statuses reach the business’s systems in near real time.', ['dev-status']), // BZ-6
    ],
    audience: [
      a('business-and-vendors', 'read and store your messages; staff or vendors may reply'),
      ai('meta-companies', 'if the business uses Meta’s Cloud API', 'Meta hosts the messages'),
      a('whatsapp-servers', 'relay messages and statuses'),
    ],
    sharing: [SH_BIZ, SH_META],
    retention: p('If the business uses Meta’s Cloud API, message content is kept at rest for up to 30 days by default, less with No Storage. The business keeps its own copies as long as its policy says.', ['dev-no-storage', 'wa-biz-privacy']), // BZ-5
    retentionHint: 'On Meta’s Cloud API: at rest up to 30 days by default; the business keeps copies as its own policy says',
    controls: [BLOCK_REPORT],
    controlHint: 'Block or report the business if you don’t want its messages',
    caveats: [
      p('Meta says your business chats are not automatically used to pick ads for you, but the business itself may use them for its own ads.', ['wa-biz-privacy']),
    ],
    mainSources: ['wa-biz-chats', 'wa-biz-privacy', 'dev-no-storage'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'privacy-setting': {
    title: 'Privacy settings',
    summary: 'These settings decide who sees your last seen, online status, photo, About and status, who can reach you, and whether you send read receipts.',
    generated: [
      p('WhatsApp’s policy lists your settings among the usage data it collects.', ['wa-pp']), // PP-3
      p('Choices cover last seen and online, profile photo, About, status, read receipts, groups, calls and the default message timer.', ['wa-privacy', 'wa-disappearing']),
      p('Calls › Silence unknown callers: calls from numbers you haven’t saved don’t ring, but still appear in the call list and notifications.', ['meta-eng-calls']), // CA-1
      p('Advanced › Protect IP address in calls: one-to-one calls can otherwise connect directly, which shows each side the other’s IP address; with it on they go through WhatsApp’s servers. Group calls always do.', ['meta-eng-calls']), // CA-2
      p('Advanced › Block unknown account messages limits floods of messages from accounts you don’t know.', ['wa-block-unknown']),
    ],
    audience: [
      a('whatsapp-servers', 'store your choices'),
      a('your-contacts', 'notice the effect, e.g. no blue ticks or last seen'),
    ],
    sharing: [SH_NOT_LISTED],
    retention: c('Unknown: the sources reviewed don’t say how long WhatsApp keeps a history of your settings.', ['wa-pp']),
    retentionHint: 'Unknown: the sources reviewed don’t say how long WhatsApp keeps a history of your settings',
    controls: [
      ctl(
        'Settings › Privacy',
        ['Last seen and online', 'Profile photo', 'About', 'Status', 'Read receipts', 'Groups', 'Calls', 'Default message timer', 'Advanced'],
        ['Read receipts are always sent in groups.', 'Delivery receipts have no setting, and none was found for the typing indicator.', 'Your phone number can’t be hidden.'],
        ['wa-privacy', 'res-careless', 'meta-eng-calls'],
        'Hiding your last seen, online status or read receipts (groups excepted) also hides other people’s from you.',
      ),
    ],
    controlHint: 'Review Settings › Privacy',
    caveats: [
      c('These settings changed over time: last seen on “Everyone” was narrowed in December 2021; online status became hideable in August 2022.', ['pr-lastseen-2021', 'pr-privacy-2022']),
    ],
    mainSources: ['wa-privacy', 'wa-pp'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'live-location': {
    title: 'Live location',
    summary: 'Live location shares a position in real time for a chosen period. It is end-to-end encrypted, and WhatsApp Web can’t show it.',
    generated: [
      c('Your phone sends updated positions to the chat for 15 minutes, 1 hour or 8 hours, until you stop sharing.', ['pr-live-location']), // LL-1
      p('Live location is end-to-end encrypted: only the people you share it with can see it.', ['wa-live-location']), // LL-1
      p('Linked devices, including WhatsApp Web, can’t view live location.', ['wa-linked']), // LD-1
      p('WhatsApp estimates your city and country from your IP address and phone-number area code even without location features.', ['wa-pp']), // PP-4
    ],
    audience: [
      ai('other-person', 'while sharing lasts', 'sees where you are; afterwards still sees your starting point and last update'),
      ai('group-members', 'in a group chat, while sharing lasts', 'all members see it'),
      ai('whatsapp-servers', 'end-to-end encrypted, so WhatsApp says it can’t see it', 'relay it'),
    ],
    sharing: [sh('all', 'WhatsApp says it cannot see locations shared in chats and so does not share them with Meta.', ['wa-meta-share'])], // LL-2
    retention: p('After sharing ends, people in the chat still see the starting location as a still image and can open the last updated one. No server retention period was found; WhatsApp says it can’t see shared locations.', ['wa-live-location', 'wa-meta-share']),
    retentionHint: 'Unknown on servers (WhatsApp says it can’t see it); the chat keeps your start point and last update',
    controls: [ctl('', [], ['Stop sharing from the chat at any time (on your phone).'], ['pr-live-location', 'wa-live-location'])],
    controlHint: 'Stop sharing in the chat on your phone',
    caveats: [c('The 15-minute, 1-hour and 8-hour options come from launch coverage (2017), not a current help page.', ['pr-live-location'])],
    mainSources: ['wa-live-location', 'wa-linked', 'wa-meta-share'],
    confidence: 'reported',
    reviewed: REVIEWED,
  },

  // ----- Business side -----

  'business-message-status': {
    title: 'Message status (business view)',
    summary: 'The business sees per customer when each message was sent, delivered and read, pushed to its systems by webhook in near real time.',
    generated: [
      p('Meta sends the business a status webhook for each message it can report: sent, delivered, read, failed, and voice message played.', ['dev-status']), // BZ-6
      p('“Read” means the message was shown in the customer’s app; the delivered status may be skipped when both happen at once.', ['dev-status']),
      c('“Read” can only be reported when the customer’s app sends a read receipt, so it likely depends on the customer’s read-receipt setting (inferred; Meta’s webhook docs don’t say).', ['wa-privacy', 'dev-status']),
    ],
    audience: [
      a('business-and-vendors', 'the business and any provider (BSP, CRM) receiving its webhooks'),
      a('meta-companies', 'Meta generates the statuses on the Cloud API'),
      a('other-person', 'the customer’s app creates them; the customer sees only their own ticks'),
    ],
    sharing: [SH_BIZ],
    retention: c('Unknown: the sources reviewed don’t say how long Meta keeps status events; businesses and vendors keep them per their own policies.', ['dev-status']),
    retentionHint: 'Unknown for Meta (the sources reviewed don’t say); the business and vendors follow their own policies',
    controls: [
      ctl(SETTINGS_READ, ON_OFF, ['Customer setting; its effect on “read” statuses to businesses is inferred.', 'Customers can’t turn off delivery receipts.'], ['wa-privacy', 'dev-status', 'res-careless']),
      BLOCK_REPORT,
    ],
    controlHint: 'Customers: read receipts off likely limits “read” statuses (inferred)',
    caveats: [
      c('That turning read receipts off stops “read” statuses to businesses is inferred from how the setting works; Meta’s webhook docs don’t say so.', ['wa-privacy', 'dev-status']),
    ],
    mainSources: ['dev-status', 'wa-privacy', 'wa-biz-privacy'],
    confidence: 'inferred',
    reviewed: REVIEWED,
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
    retentionHint: 'Unknown: the sources reviewed don’t say how long Meta keeps these metrics',
    controls: [ctl('', [], ['Customers have no setting for these counts; read receipts off likely reduces read counts (inferred).'], ['dev-metrics', 'wa-privacy']), BLOCK_REPORT],
    controlHint: 'Customers: no opt-out from these counts',
    caveats: [p('Since 8 September 2025 conversion metrics are no longer shown in Ads Manager.', ['dev-metrics'])],
    mainSources: ['dev-metrics', 'dev-quality'],
    confidence: 'documented',
    reviewed: REVIEWED,
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
    retentionHint: 'Unknown: the sources reviewed don’t say how long feedback signals are kept',
    controls: [BLOCK_REPORT],
    controlHint: 'Customers: blocks and reports can lower the rating',
    caveats: [
      p('Low ratings can lead Meta to slow, pause or disable templates.', ['dev-quality']),
      c('The documented rating is per template; details of number-level ratings were not in the sources reviewed.', ['dev-quality']),
    ],
    mainSources: ['dev-quality'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'business-template': {
    title: 'Message template',
    summary: 'Outside the 24-hour window businesses reach opted-in customers with templates; Meta tracks their reads and clicks and rates them.',
    generated: [
      p('A business may message someone first only if that person gave their number and opted in to messages from that business.', ['dev-opt-in']), // BZ-13
      p('Outside the 24-hour customer-service window, business-initiated messages use templates, capped by messaging limits.', ['dev-limits', 'dev-quality']),
      p('Marketing templates also have per-customer limits: WhatsApp may not deliver one to a person who has already received a number of marketing messages.', ['dev-marketing-per-user']), // BZ-12
      p('For its marketing messages, the business sees how many were sent, delivered and read, and how many links were clicked.', ['dev-metrics']),
    ],
    audience: [
      a('business-and-vendors', 'see per-template counts'),
      a('meta-companies', 'rate each template’s quality'),
    ],
    sharing: [sh('all', 'How customers react to a template (reads, blocks, reports) feeds its quality rating.', ['dev-quality'])],
    retention: c('Unknown: the sources reviewed don’t say how long template metrics are kept.', ['dev-metrics']),
    retentionHint: 'Unknown: the sources reviewed don’t say how long template metrics are kept',
    controls: [BLOCK_REPORT],
    controlHint: 'Customers: block or report unwanted templates',
    caveats: [
      p('Templates with low ratings can be slowed, paused or disabled.', ['dev-quality']),
      c('The per-customer marketing limits were read only as quoted by provider documentation, and the thresholds were not found in the sources reviewed.', ['dev-marketing-per-user']),
    ],
    mainSources: ['dev-opt-in', 'dev-metrics', 'dev-quality'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },

  'customer-phone-number': {
    title: 'Customer phone number',
    summary: 'The business normally sees each customer’s phone number and profile name, and may use chats for its own marketing, including ads on Meta.',
    generated: [
      c('Messages and status webhooks identify the customer, normally by phone number; incoming messages also carry the customer’s profile name.', ['dev-status', 'dev-text-webhook']),
      p('Since April 2026 webhooks also carry a business-scoped user ID, an identifier for the customer that is specific to each business.', ['dev-bsuid']),
      p('The business may use chats for its own marketing, including advertising on Meta.', ['wa-biz-privacy']), // BZ-2
    ],
    audience: [
      a('business-and-vendors', 'store the number and name with the chat history'),
      a('meta-companies', 'WhatsApp shares how you interact with businesses'),
    ],
    sharing: [SH_BIZ, SH_META],
    retention: c('Unknown: set by the business’s own privacy policy.', ['wa-biz-privacy']),
    retentionHint: 'Unknown: set by the business’s own privacy policy',
    controls: [ctl('', [], ['Customers can’t hide their number from a business they chat with.'], ['wa-privacy']), BLOCK_REPORT],
    controlHint: 'Customers: your number is visible to the business',
    caveats: [
      p('Usernames are rolling out gradually from 2026; a customer who adopts one may be identified to businesses by username and business-scoped ID instead of a phone number.', ['dev-bsuid']),
    ],
    mainSources: ['dev-text-webhook', 'dev-status', 'wa-biz-privacy'],
    confidence: 'reported',
    reviewed: REVIEWED,
  },

  'webhook-config': {
    title: 'Webhook configuration',
    summary: 'Webhooks push every customer message and delivery or read status, with pricing details, to the URL the business sets here.',
    generated: [
      p('Subscribed webhooks deliver incoming messages and statuses (sent, delivered, read, failed, played) to the configured endpoint.', ['dev-status']),
      p('Status webhooks also carry pricing and conversation information for each message.', ['dev-status']), // BZ-7
      p('Messages are encrypted in transit up to wherever the business has them delivered; from there on, the business’s and its vendors’ practices apply.', ['wa-biz-privacy']),
    ],
    audience: [
      a('business-and-vendors', 'whoever runs the endpoint: the business or a provider it chose'),
      a('meta-companies', 'Meta sends the webhooks from the Cloud API'),
    ],
    sharing: [SH_BIZ],
    retention: p('By default the Cloud API keeps message content at rest for up to 30 days. “Local storage” keeps it at rest in a country the business picks (in use elsewhere up to 60 minutes); “No Storage” holds data in transit at most 1 hour, media kept for a set time between 1 hour and 30 days.', ['dev-no-storage', 'dev-local-storage']), // BZ-5
    retentionHint: 'Cloud API: at rest up to 30 days by default; No Storage: 1 hour in transit at most, media a set time',
    controls: [ctl('', ['Default (up to 30 days)', 'Local storage', 'No Storage'], ['Chosen by the business; customers can’t choose.'], ['dev-no-storage', 'dev-local-storage'])],
    controlHint: 'Business: No Storage or Local storage limits retention',
    caveats: [p('The self-hosted On-Premises API was retired in October 2025, so API traffic now passes through Meta’s Cloud API.', ['dev-cloud-onprem'])],
    mainSources: ['dev-status', 'dev-no-storage', 'dev-local-storage'],
    confidence: 'documented',
    reviewed: REVIEWED,
  },
}
