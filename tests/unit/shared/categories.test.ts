import { describe, expect, test } from 'vitest'
import { CATEGORIES, CATEGORY_GROUPS, groupOf, isCategory } from '../../../src/shared/categories'
import { queryAll, queryAllBeside } from '../../../src/shared/dom'

describe('categories', () => {
  test('every category sits in exactly one popup group', () => {
    const grouped = Object.values(CATEGORY_GROUPS).flat()
    expect([...grouped].sort()).toEqual([...CATEGORIES].sort())
    for (const [group, members] of Object.entries(CATEGORY_GROUPS)) {
      for (const c of members) expect(groupOf(c)).toBe(group)
    }
  })

  test('isCategory accepts only the public ids', () => {
    expect(isCategory('read-receipt')).toBe(true)
    for (const bad of ['Read-Receipt', 'constructor', '', null, 7, {}]) expect(isCategory(bad)).toBe(false)
  })
})

describe('dom helpers', () => {
  test('queryAll includes the root; queryAllBeside never looks inside the region', () => {
    document.body.innerHTML = '<div id="a" class="x"><ul id="list"><li class="x"></li></ul><p class="x"></p></div><b class="x"></b>'
    expect(queryAll(document.getElementById('a')!, '.x').map((e) => e.tagName)).toEqual(['DIV', 'LI', 'P'])
    const beside = queryAllBeside(document, '#list', '.x').map((e) => e.tagName).sort()
    expect(beside).toEqual(['B', 'DIV', 'P'])
    expect(queryAllBeside(document, '#missing', '.x')).toHaveLength(4)
  })
})
