import type { Audience, Region, SourceRef } from '../types'
import type { ContextRuleId } from '../context-rules'

// English labels and contextual-rule texts (the note bodies are in ../base.ts).

export const EN_AUDIENCE: Record<Audience, string> = {
  'other-person': 'The other person',
  'group-members': 'Group members',
  'your-contacts': 'Your contacts',
  'anyone-with-number': 'Anyone with your number',
  'whatsapp-servers': 'WhatsApp’s servers',
  'meta-companies': 'Other Meta companies',
  'business-and-vendors': 'The business and its vendors',
  authorities: 'Authorities',
}

export const EN_REGION: Record<Region, string> = {
  all: 'Everywhere',
  'european-region': 'European Region',
  india: 'India',
  elsewhere: 'Outside the European Region',
}

export const EN_CONTEXT: Record<ContextRuleId, { title: string; text: string }> = {
  'reciprocal-read-receipts': {
    title: 'Blue ticks in this chat mean yours were on too',
    text: 'In one-to-one chats read receipts work both ways: you see blue ticks only while your own read receipts are on. So yours were on when these messages were read, and this person sees when you read theirs as long as both of you keep them on (Settings › Privacy › Read receipts).',
  },
  'reciprocal-presence': {
    title: 'You share your presence too',
    text: 'You can see this person’s last seen or online status, so yours is visible to at least some people: hiding yours would hide theirs from you.',
  },
  'group-read-receipts-always': {
    title: 'Groups always get read receipts',
    text: 'In group chats your read receipts are sent even if you turned them off; the sender sees in Message info when you read each message.',
  },
  'delivery-receipts-always': {
    title: 'Delivery receipts can’t be turned off',
    text: 'Each of your devices confirms every message it receives, and no setting stops this. Someone who knows only your number could infer your activity from the timing of these receipts (research, 2024).',
  },
  'typing-no-setting': {
    title: 'No setting hides typing',
    text: 'People who have this chat open and are online see when you are typing; no setting to turn the indicator off was found.',
  },
  'status-viewers-mutual': {
    title: 'Viewer lists need read receipts on both sides',
    text: 'You see who viewed your status only while your own read receipts are on, and people who viewed it with their read receipts off are never listed.',
  },
  'group-numbers-visible': {
    title: 'Members can see your number',
    text: 'Your phone number can’t be hidden in ordinary chats, so members of this group can generally see it, including those who haven’t saved it.',
  },
  'live-location-linked-device': {
    title: 'Live location isn’t shown on the web',
    text: 'Linked devices such as WhatsApp Web can’t view live location; people in the chat see it on their phones while sharing lasts.',
  },
  'business-chat-hosting': {
    title: 'Who handles this business chat',
    text: 'Check the chat notice. If it says the business uses a secure service from Meta, Meta hosts the chat for it, WhatsApp doesn’t treat it as end-to-end encrypted to the business, and by default content is kept at rest for up to 30 days. Since the self-hosted API was retired in October 2025, chats labelled “works with other companies” also pass through Meta’s Cloud API.',
  },
  'business-status-webhooks': {
    title: 'Per-customer delivery and read times',
    text: 'This shows, per customer, when messages were delivered and read. Meta pushes these statuses to the business’s webhook, and any vendor behind it, in near real time.',
  },
}

/** Publishers' names as tooltips give them (shortened where the full name would crowd a hover note). */
export const EN_PUBLISHER: Partial<Record<string, string>> = {
  // The paper's page names its authors' institutions; the library lists them in full.
  'arXiv (University of Vienna, SBA Research)': 'arXiv',
}

/**
 * A few words naming each tooltip source's page: a tooltip labels the source "publisher: topic", or
 * by the topic alone where it already names the publisher (the Privacy Policy). Every source a note
 * lists in `mainSources` has one (see ../tooltip-sources.ts).
 */
export const EN_SOURCE_TOPIC: Partial<Record<SourceRef, string>> = {
  'wa-ticks': 'read receipts',
  'wa-privacy': 'privacy settings',
  'wa-lastseen': 'last seen and online',
  'wa-status-privacy': 'status privacy',
  'wa-status-fb': 'status on Facebook',
  'wa-communities': 'groups and communities',
  'wa-biz-chats': 'business chats',
  'wa-biz-privacy': 'business messages',
  'wa-disappearing': 'disappearing messages',
  'wa-view-once': 'view once',
  'wa-linked': 'linked devices',
  'wa-meta-share': 'sharing with Meta',
  'wa-le': 'law enforcement',
  'wa-delete': 'deleting your account',
  'wa-e2ee-backup': 'encrypted backup',
  'wa-live-location': 'live location',
  'wa-pp': 'WhatsApp Privacy Policy',
  'dev-status': 'status webhooks',
  'dev-no-storage': 'No Storage',
  'dev-local-storage': 'Local storage',
  'dev-metrics': 'marketing metrics',
  'dev-quality': 'quality rating',
  'dev-opt-in': 'opt-in',
  'dev-text-webhook': 'message webhooks',
  'res-careless': 'Careless Whisper',
  'pr-fbi-chart': 'FBI document',
  'pr-inews-clock': 'what the clock icon means',
}
