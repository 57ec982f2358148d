import { describe, expect, it } from 'vitest'
import {
  businessSites,
  dialog360HubSite,
  genericConsoleSite,
  metaAppDashboardSite,
  twilioConsoleSite,
  watiSite,
  whatsappManagerSite,
} from '../../../src/sites/business'
import type { Site } from '../../../src/sites/types'
import { loadHtml } from '../../fixtures/business/load'

const at = (site: Site, hostname: string, pathname: string) => site.matchesLocation({ hostname, pathname })

describe('matchesLocation', () => {
  it('WhatsApp Manager: host and WhatsApp Manager paths only', () => {
    for (const p of ['/wa/manage/home/', '/wa/manage', '/latest/wa/manage/phone-numbers/', '/latest/whatsapp_manager/overview/', '/whatsapp_manager/'])
      expect(at(whatsappManagerSite, 'business.facebook.com', p), p).toBe(true)
    expect(at(whatsappManagerSite, 'Business.Facebook.com', '/wa/manage/')).toBe(true)
    for (const p of ['/', '/latest/inbox/', '/latest/home', '/wa/managex/', '/foo/wa/manage/', '/latest/whatsapp_managers'])
      expect(at(whatsappManagerSite, 'business.facebook.com', p), p).toBe(false)
    expect(at(whatsappManagerSite, 'www.facebook.com', '/wa/manage/')).toBe(false)
    expect(at(whatsappManagerSite, 'business.facebook.com.evil.example', '/wa/manage/')).toBe(false)
    expect(at(whatsappManagerSite, 'evilbusiness.facebook.com', '/wa/manage/')).toBe(false)
  })

  it('Meta app dashboard: numeric app id and the whatsapp-business section only', () => {
    expect(at(metaAppDashboardSite, 'developers.facebook.com', '/apps/1234567890123456/whatsapp-business/wa-settings/')).toBe(true)
    expect(at(metaAppDashboardSite, 'developers.facebook.com', '/apps/42/whatsapp-business')).toBe(true)
    for (const p of ['/apps/', '/apps/123/settings/basic/', '/apps/abc/whatsapp-business/', '/docs/whatsapp-business/', '/apps/123/whatsapp-businessx/'])
      expect(at(metaAppDashboardSite, 'developers.facebook.com', p), p).toBe(false)
    expect(at(metaAppDashboardSite, 'business.facebook.com', '/apps/123/whatsapp-business/')).toBe(false)
  })

  it('provider consoles: their host, any path; nothing else', () => {
    expect(at(twilioConsoleSite, 'console.twilio.com', '/us1/monitor/logs/sms')).toBe(true)
    expect(at(twilioConsoleSite, 'www.twilio.com', '/console')).toBe(false)
    expect(at(dialog360HubSite, 'hub.360dialog.com', '/dashboard')).toBe(true)
    expect(at(dialog360HubSite, 'hub.360dialog.io', '/dashboard')).toBe(false)
    expect(at(watiSite, 'app.wati.io', '/broadcast')).toBe(true)
    expect(at(watiSite, 'wati.io', '/')).toBe(false)
  })

  it('no known business site claims WhatsApp Web or an unknown host', () => {
    for (const [h, p] of [['web.whatsapp.com', '/'], ['example.com', '/wa/manage/'], ['facebook.com', '/wa/manage/']])
      expect(businessSites.filter((s) => at(s, h, p)).map((s) => s.id), h).toEqual([])
  })

  it('the generic console matches anything (it runs on demand)', () => {
    expect(at(genericConsoleSite, 'relaybox.example.com', '/x')).toBe(true)
  })

  it('businessSites holds the known sites once each, without the generic one', () => {
    const ids = businessSites.map((s) => s.id)
    expect(ids).toEqual(['whatsapp-manager', 'meta-app-dashboard', 'twilio-console', '360dialog-hub', 'wati'])
  })
})

describe('facts and readiness', () => {
  it('is loading before the main layout exists', () => {
    const doc = loadHtml('<html><body><div id="root"><div class="spinner"></div></div></body></html>')
    expect(whatsappManagerSite.isReady(doc)).toBe(false)
    expect(whatsappManagerSite.facts(doc)).toEqual({ site: 'whatsapp-manager', view: 'loading', businessChat: false, drawer: 'none' })
    expect(twilioConsoleSite.facts(doc).view).toBe('loading')
  })

  it('generic console is loading on an empty body', () => {
    const doc = loadHtml('<html><body></body></html>')
    expect(genericConsoleSite.isReady(doc)).toBe(false)
    expect(genericConsoleSite.facts(doc).view).toBe('loading')
  })

  it('no business detector is core (no single thing is on every page) and ids are unique', () => {
    const ids = genericConsoleSite.detectors.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const d of genericConsoleSite.detectors) expect(d.core ?? false).toBe(false)
  })
})
