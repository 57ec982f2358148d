import type { Source } from './types'

// One table of sources. Claims point at these by id. Help Center pages carry no date ("undated").
// URLs come from docs/research/facts.md (normalised to https) or, where it named an article without
// a link, from the article itself. The last column says how a source was read when it was not read
// directly in English: a language code (only that language's copy of the page was read), 'mirror'
// (only a copy on another site), or 'quoted' (only as quoted by another site).

const FAQ = 'https://faq.whatsapp.com/'
const DEV = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/'
const HC = 'WhatsApp Help Center'
const META_DEV = 'Meta for Developers'

type Row = [id: string, title: string, publisher: string, url: string, date: string, kind: Source['kind'], readVia?: string]

const ROWS: Row[] = [
  // Official: WhatsApp Help Center and legal pages
  ['wa-ticks', 'How to check read receipts', HC, FAQ + '665923838265756', 'undated', 'official'],
  ['wa-ticks-ios', 'How to check read receipts (iPhone)', HC, FAQ + 'iphone/security-and-privacy/how-to-check-read-receipts', 'undated', 'official', 'ur'],
  ['wa-privacy', 'How to change your privacy settings', HC, FAQ + '3307102709559968', 'undated', 'official'],
  ['wa-lastseen', 'About last seen and online', HC, FAQ + 'general/chats/about-last-seen-and-online', 'undated', 'official', 'mr'],
  ['wa-online-old', 'Last seen and online (older iPhone FAQ, historical)', HC, 'https://www.whatsapp.com/faq/en/iphone/28041111', 'undated', 'official'],
  ['wa-status-privacy', 'About status privacy', HC, FAQ + '502161774931737', 'undated', 'official'],
  ['wa-status-fb', 'About information shared when you share your status update to Facebook stories', HC, FAQ + '517414157043660', 'undated', 'official'],
  ['wa-contact-upload', 'About contact upload', HC, FAQ + '1191526044909364', 'undated', 'official'],
  ['wa-nonusers', "Information for people who don't use WhatsApp", 'WhatsApp', 'https://www.whatsapp.com/legal/information-for-people-who-dont-use-whatsapp', '2021-11-21', 'official'],
  ['wa-communities', 'About building private, safe, and secure communities', HC, FAQ + '458610306367976', 'undated', 'official'],
  ['wa-biz-chats', 'About chatting with businesses', HC, FAQ + '643460927283235', 'undated', 'official'],
  ['wa-biz-privacy', 'Privacy and security for business messages', HC, FAQ + '1148840052398648', 'undated', 'official'],
  ['wa-disappearing', 'About disappearing messages', HC, FAQ + '673193694148537', 'undated', 'official'],
  ['wa-view-once', 'About view once', HC, FAQ + '1077018839582332', 'undated', 'official'],
  ['wa-linked', 'About linked devices', HC, FAQ + '378279804439436', 'undated', 'official'],
  ['wa-meta-share', 'What information does WhatsApp share with the Meta Companies?', HC, FAQ + '683043392411948', 'undated', 'official', 'de'],
  ['wa-apple-label', "Unpacking WhatsApp's privacy label in the Apple App Store", HC, FAQ + 'general/unpacking-whatsapps-privacy-label-in-the-apple-app-store/', 'undated', 'official'],
  ['wa-le', 'Information for Law Enforcement Authorities', HC, FAQ + '444002211197967', 'undated', 'official'],
  ['wa-gov', 'About government requests for user data', HC, FAQ + '808280033839222', 'undated', 'official'],
  ['wa-providers', 'Who is providing your WhatsApp services', HC, FAQ + 'general/security-and-privacy/who-is-providing-your-whatsapp-services', 'undated', 'official', 'sw'],
  ['wa-delete', 'How to delete your account', HC, FAQ + 'android/account-and-profile/how-to-delete-your-account', 'undated', 'official', 'hi'],
  ['wa-block-unknown', 'Blocking messages from unknown accounts', HC, FAQ + '3379690015658337', 'undated', 'official'],
  ['wa-e2ee', 'About end-to-end encryption', HC, FAQ + '820124435853543', 'undated', 'official'],
  ['wa-e2ee-backup', 'About end-to-end encrypted backup', HC, FAQ + '490592613091019', 'undated', 'official'],
  ['wa-live-location', 'How to use live location (iPhone)', HC, FAQ + 'iphone/26000053', 'undated', 'official', 'ur'],
  ['wa-channels-privacy', 'About safety and privacy on channels', HC, FAQ + '1318001139066835', 'undated', 'official'],
  ['wa-security-whitepaper', 'WhatsApp Encryption Overview (technical white paper)', 'WhatsApp', 'https://www.whatsapp.com/security/WhatsApp-Security-Whitepaper.pdf', 'undated', 'official'],
  ['wa-pp', 'WhatsApp Privacy Policy', 'WhatsApp', 'https://www.whatsapp.com/legal/privacy-policy', 'undated', 'official'],
  ['wa-pp-eea', 'WhatsApp Privacy Policy (European Region)', 'WhatsApp', 'https://www.whatsapp.com/legal/privacy-policy-eea', '2023-12-04', 'official'],
  ['wa-privacyq', 'Privacy questions', 'WhatsApp', 'https://www.whatsapp.com/privacyquestions', 'undated', 'official', 'hi'],
  ['wa-update-2021', "We're updating our Terms of Service and Privacy Policy", HC, FAQ + '488100826670345', 'undated', 'official'],
  ['meta-updates-2025', 'Helping you find more channels and businesses on WhatsApp', 'Meta Newsroom', 'https://about.fb.com/news/2025/06/helping-you-find-more-channels-businesses-on-whatsapp/', '2025-06', 'official'],
  // Official: Meta developer documentation (business platform)
  ['dev-status', 'Status messages webhook reference', META_DEV, DEV + 'webhooks/reference/messages/status/', '2026-05-21', 'official'],
  ['dev-no-storage', 'No Storage', META_DEV, DEV + 'no-storage/', '2026-05-21', 'official'],
  ['dev-local-storage', 'Local storage', META_DEV, DEV + 'local-storage/', '2026-05-21', 'official'],
  ['dev-cloud-onprem', 'Cloud API vs On-Premises API (deprecated page)', META_DEV, 'https://developers.facebook.com/docs/whatsapp/cloud-vs-onprem', 'undated', 'official'],
  ['dev-metrics', 'View marketing message metrics', META_DEV, DEV + 'marketing-messages/view-metrics', 'undated', 'official'],
  ['dev-quality', 'Template quality rating', META_DEV, DEV + 'templates/template-quality/', '2026-06-17', 'official'],
  ['dev-limits', 'Messaging limits', META_DEV, 'https://developers.facebook.com/docs/whatsapp/messaging-limits', 'undated', 'official'],
  ['dev-opt-in', 'Get opt-in for WhatsApp', META_DEV, 'https://developers.facebook.com/docs/whatsapp/overview/getting-opt-in/', 'undated', 'official'],
  ['dev-marketing-per-user', 'Per-user marketing template message limits', META_DEV, 'https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates#per-user-marketing-template-message-limits', 'undated', 'official', 'quoted'],
  ['dev-bsuid', 'Business-scoped user IDs', META_DEV, DEV + 'business-scoped-user-ids/', '2026-11-05', 'official'],
  ['dev-text-webhook', 'Text messages webhook reference', META_DEV, DEV + 'webhooks/reference/messages/text/', '2026-05-21', 'official'],
  ['meta-eng-calls', 'WhatsApp calls: enhancing security', 'Meta Engineering', 'https://engineering.fb.com/2023/11/08/security/whatsapp-calls-enhancing-security/', '2023-11-08', 'official'],
  // Research
  ['res-careless', 'Careless Whisper: Exploiting Silent Delivery Receipts to Monitor Users on Mobile Instant Messengers (Gegenhuber et al.)', 'arXiv (University of Vienna, SBA Research)', 'https://arxiv.org/abs/2411.11194', '2024-11', 'research'],
  ['res-enum', 'Hey there! You are using WhatsApp: Enumerating Three Billion Accounts for Security and Privacy (Gegenhuber et al., NDSS 2026)', 'arXiv', 'https://arxiv.org/abs/2511.20252', '2025-11', 'research'],
  ['res-contact-disc', 'Mobile contact discovery research (Hagen et al., "All the Numbers are US", NDSS 2021)', 'TU Darmstadt, TU Graz, University of Würzburg', 'https://contact-discovery.github.io/', '2021-02', 'research'],
  ['res-online-monitor', 'Online status monitor: tracking WhatsApp online status (FAU Erlangen-Nürnberg project)', 'FAU Erlangen-Nürnberg', 'https://www.onlinestatusmonitor.com/', 'undated', 'research'],
  // Press
  ['pr-inews-clock', 'What the WhatsApp clock icon means', 'iNews', 'https://inews.co.uk/news/technology/whatsapp-clock-what-mean-why-not-working-how-long-down-1932151', '2022-10-25', 'press'],
  ['pr-lastseen-2021', "Strangers can no longer see your 'last seen' status on WhatsApp", 'Business Today', 'https://www.businesstoday.in/technology/news/story/strangers-can-no-longer-see-your-last-seen-status-on-whatsapp-and-we-are-ever-so-thankful-315830-2021-12-16', '2021-12-16', 'press'],
  ['pr-privacy-2022', 'WhatsApp: leave groups quietly, hide online status, block view-once screenshots', 'The Register', 'https://www.theregister.com/2022/08/10/whatsapp_group_ghosting/', '2022-08-10', 'press'],
  ['pr-live-location', 'WhatsApp live location launch', 'News18', 'https://www.news18.com/news/tech/whatsapp-live-location-say-hi-to-this-new-feature-to-sour-your-relationships-1550343.html', '2017-10-18', 'press'],
  ['pr-fbi-chart', 'FBI document: WhatsApp metadata every 15 minutes under a pen register', 'The Epoch Times', 'https://theepochtimes.com/tech/fbi-can-collect-whatsapp-metadata-in-15-minutes-document-4140983', '2021-11', 'press'],
  ['pr-eu-2021', 'WhatsApp and Facebook to share users data outside Europe and UK (BBC report)', 'The Insight News', 'https://www.theinsightnewsonline.com/whatsapp-and-facebook-to-share-users-data-outside-europe-and-uk/amp', '2021-01', 'press'],
  ['pr-india-sc-2026', 'WhatsApp privacy policy: the CCI case and Meta’s Supreme Court appeal', 'Livemint', 'https://www.livemint.com/companies/news/whatsapp-privacy-policy-india-cci-whatsapp-case-11772102543238.html', '2026-02-26', 'press'],
  ['pr-enum-2025', 'WhatsApp fixes contact discovery flaw after researchers enumerate 3.5 billion accounts', 'Particle News', 'https://particle.news/story/whatsapp-fixes-contact-discovery-flaw-after-researchers-enumerate-35-billion-accounts', '2025-11', 'press'],
  ['pr-india-sc-2026-02', 'WhatsApp tells Supreme Court it will comply with CCI directions on data sharing by 16 March', 'Livemint', 'https://www.livemint.com/companies/news/whatsapp-data-sharing-whatsapp-data-privacy/amp-11771843476034.html', '2026-02-23', 'press'],
  ['pr-nclat-2025', 'NCLAT partly quashes CCI order against Meta, lifts data-sharing ban on WhatsApp', 'Storyboard18', 'https://www.storyboard18.com/digital/nclat-partly-quashes-cci-order-against-meta-lifts-data-sharing-ban-on-whatsapp-83685.htm', '2025-11-04', 'press'],
]

export const SOURCES: readonly Source[] = ROWS.map(([id, title, publisher, url, date, kind, readVia]) =>
  readVia ? { id, title, publisher, url, date, kind, readVia } : { id, title, publisher, url, date, kind },
)

export const SOURCE_BY_ID: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]))

export function sourceById(id: string): Source | undefined {
  return SOURCE_BY_ID.get(id)
}
