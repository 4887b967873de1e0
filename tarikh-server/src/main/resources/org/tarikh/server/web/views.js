'use strict';
/* The views: timeline, fact panel, document, conflicts and findings, search, entity, documents. */
window.Views = (function () {
  const { h, t, api, typeName, langName, dateNode, cps, state, locale } = window.T;
  const DAY = 86400000;
  const CLUSTER_FROM = 1000;
  let timeline = null;

  function view() { return document.getElementById('view'); }

  function show(...nodes) { view().replaceChildren(...nodes); }

  function factLink(key, label) { return h('a', { href: '#/fact/' + encodeURIComponent(key), class: 'fact-link' }, label); }

  function nextDay(iso) { return new Date(Date.parse(iso + 'T00:00:00Z') + DAY); }

  async function timelineView() {
    const started = performance.now();
    const data = await api('/api/timeline');
    const el = h('div', { id: 'timeline' });
    show(h('h1', {}, t('timeline')), h('p', { class: 'muted', id: 'timeline-count' }, data.items.length + ' ' + t('facts')), el);
    const groups = new vis.DataSet(data.lanes.map((l, i) => ({ id: l.lang, content: langName(l.lang), order: i })));
    const items = [];
    for (const f of data.items) {
      if (!f.begin) continue;
      const label = typeName(f.type) + (f.conflict ? ' ⚠' : '');
      items.push({
        id: f.key + '|' + f.eventId, key: f.key, group: f.lang, content: escapeText(label), title: escapeText(f.date),
        start: new Date(f.begin + 'T00:00:00Z'), end: f.point ? undefined : nextDay(f.end),
        type: f.point ? 'point' : 'range',
        className: (f.conflict ? 'conflict' : '') + (f.review ? ' reviewed' : '')
      });
    }
    if (timeline) timeline.destroy();
    timeline = new vis.Timeline(el, new vis.DataSet(items), groups, {
      rtl: state.lang === 'ar', zoomMin: DAY, zoomMax: 1000 * 365.25 * DAY, stack: true,
      maxHeight: '70vh', orientation: 'top', groupOrder: 'order', locale: 'en', xss: { disabled: true },
      format: axisFormat(locale('gregory')),
      /* Thousands of facts: overlapping ones are drawn as one cluster (a count) until zoomed in. */
      cluster: items.length > CLUSTER_FROM ? { maxItems: 4, fitOnDoubleClick: true, titleTemplate: '{count} ' + t('facts') } : false
    });
    if (items.length) {
      const starts = items.map(i => i.start.getTime());
      const ends = items.map(i => (i.end || i.start).getTime());
      const lo = Math.min(...starts), hi = Math.max(...ends), pad = Math.max((hi - lo) * 0.03, 30 * DAY);
      timeline.setWindow(new Date(lo - pad), new Date(hi + pad), { animation: false });
    }
    timeline.on('select', e => {
      if (e.items.length) location.hash = '#/fact/' + encodeURIComponent(String(e.items[0]).replace(/\|[^|]*$/, ''));
    });
    /* Usable from the next frame on: how long this view took, and when that was since the page's navigation began. */
    requestAnimationFrame(() => {
      window.tarikhTimelineReadyAt = performance.now();
      window.tarikhTimelineReady = window.tarikhTimelineReadyAt - started;
    });
    el.setAttribute('data-items', String(items.length));
  }

  /* The date axis in the interface's language and digits (the locale of every other date, see dom.js),
     written by the browser's Intl instead of moment's locales, which the vendored build does not carry. */
  const AXIS = {
    minor: { year: { year: 'numeric' }, month: { month: 'short' }, week: { day: 'numeric' }, weekday: { weekday: 'short', day: 'numeric' },
      day: { day: 'numeric' }, hour: { hour: '2-digit', minute: '2-digit' }, minute: { hour: '2-digit', minute: '2-digit' },
      second: { second: '2-digit' }, millisecond: { second: '2-digit', fractionalSecondDigits: 3 } },
    major: { month: { year: 'numeric' }, week: { month: 'long', year: 'numeric' }, weekday: { month: 'long', year: 'numeric' },
      day: { month: 'long', year: 'numeric' }, hour: { day: 'numeric', month: 'long', year: 'numeric' },
      minute: { day: 'numeric', month: 'long', year: 'numeric' }, second: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
      millisecond: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' } }
  };

  function axisFormat(tag) {
    const cache = {};
    const label = kind => (date, scale) => {
      const options = AXIS[kind][scale];
      if (!options) return '';
      const key = kind + scale;
      const fmt = cache[key] || (cache[key] = new Intl.DateTimeFormat(tag, options));
      return fmt.format(new Date(date.valueOf()));
    };
    return { minorLabels: label('minor'), majorLabels: label('major') };
  }

  /* Item labels are set as HTML by vis-timeline: escape them (the XSS filter is then not needed). */
  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function quote(text, start, end, lang, dir) {
    const c = cps(text);
    return h('div', { class: 'quote', lang, dir },
      c.slice(0, start).join(''), h('mark', {}, c.slice(start, end).join('')), c.slice(end).join(''));
  }

  function roleList(args) {
    const dl = h('dl', {});
    for (const [role, ents] of Object.entries(args || {})) {
      dl.append(h('dt', {}, role), h('dd', {}, ents.map((e, i) => [i ? ', ' : '',
        h('a', { href: '#/entity/' + encodeURIComponent(e.id) }, e.name || e.id)])));
    }
    return dl;
  }

  async function factPanel(key) {
    const panel = document.getElementById('panel');
    panel.hidden = false;
    panel.replaceChildren(h('p', {}, t('loading')));
    const f = await api('/api/facts/' + encodeURIComponent(key));
    const header = h('div', { id: 'fact', 'data-key': f.key },
      h('button', { type: 'button', onclick: closePanel }, t('close')),
      h('h2', {}, typeName(f.type), ' ', f.review ? h('span', { class: 'badge ' + f.review.verdict, id: 'fact-verdict' },
        f.review.verdict) : h('span', { class: 'badge' }, t('extracted'))),
      h('dl', {}, h('dt', {}, t('date')), h('dd', { id: 'fact-date' }, dateNode(f)),
        h('dt', {}, t('source')), h('dd', {}, h('a', { href: '#/doc/' + encodeURIComponent(f.docId) }, f.docId),
          ' · ' + langName(f.lang))),
      h('h3', {}, t('roles')), roleList(f.args),
      h('h3', {}, t('attrs')), h('pre', { id: 'fact-attrs' }, JSON.stringify(f.attrs, null, 1)),
      h('h3', {}, t('evidence')), quote(f.context.text, f.context.start, f.context.end, f.lang, f.dir));
    const conflicts = f.conflicts.map(c => conflictCard(c));
    const history = h('ul', { class: 'plain', id: 'fact-history' },
      f.history.map(e => h('li', {}, e.at + ' · ' + e.actor + ' · ' + e.action,
        e.after && e.after.date ? ' · ' + e.after.date : '', e.after && e.after.note ? ' · ' + e.after.note : '')));
    panel.replaceChildren(header, conflicts.length ? h('h3', {}, t('conflicts')) : '', ...conflicts,
      h('h3', {}, t('history')), history, window.Review.form(f));
  }

  function closePanel() {
    document.getElementById('panel').hidden = true;
    if (location.hash.startsWith('#/fact/')) location.hash = '#/';
  }

  function side(s, label, c) {
    return h('div', { class: 'card side', lang: s.lang, dir: s.dir },
      h('div', { class: 'muted' }, label + ' · ' + langName(s.lang) + ' · ', factLink(s.key, s.docId)),
      h('p', {}, h('strong', {}, c.field + ': ' + s.value)),
      h('p', { class: 'quote' }, s.evidence),
      window.Review.chooseButton(c, label === 'A' ? 'a' : 'b'));
  }

  function conflictCard(c) {
    return h('div', { class: 'card conflict-card', 'data-field': c.field },
      h('span', { class: 'badge ' + (c.resolved ? 'ACCEPTED' : 'conflict') }, c.resolved ? t('resolved') : t('open')),
      ' ', typeName(c.a.type), ' · ', c.field,
      h('div', { class: 'sides' }, side(c.a, 'A', c), side(c.b, 'B', c)));
  }

  async function conflictsView() {
    const [conflicts, findings] = await Promise.all([api('/api/conflicts?limit=1000'), api('/api/findings')]);
    show(h('h1', {}, t('conflicts')),
      conflicts.items.length ? h('div', { id: 'conflict-list' }, conflicts.items.map(conflictCard)) : h('p', {}, t('noConflicts')),
      h('h2', {}, t('findings')),
      h('ul', { class: 'plain', id: 'finding-list' }, findings.items.map(f => h('li', { lang: f.lang, dir: f.dir },
        h('strong', {}, f.kind), ' · ', h('a', { href: '#/doc/' + encodeURIComponent(f.docId) }, f.docId), ' · ',
        f.message, f.suggestion ? ' → ' + f.suggestion : ''))));
  }

  async function documentView(id) {
    const d = await api('/api/documents/' + encodeURIComponent(id));
    const c = cps(d.text);
    const layers = new Array(c.length);
    const mark = (start, end, cls, title, key) => {
      for (let i = Math.max(0, start); i < Math.min(end, c.length); i++) {
        const l = layers[i] || (layers[i] = { cls: new Set(), titles: [], key: null });
        l.cls.add(cls);
        l.titles.push(title);
        if (key) l.key = key;
      }
    };
    d.facts.forEach(f => mark(f.start, f.end, 'event', typeName(f.type) + ' ' + f.date, f.key));
    d.marks.forEach(m => mark(m.start, m.end, m.kind, m.label, null));
    const text = h('div', { class: 'doc-text', lang: d.lang, dir: d.dir, id: 'doc-text' });
    let i = 0;
    while (i < c.length) {
      const l = layers[i];
      let j = i + 1;
      while (j < c.length && sameLayer(layers[j], l)) j++;
      const chunk = c.slice(i, j).join('');
      if (!l) text.append(chunk);
      else {
        const span = h('span', { class: [...l.cls].join(' '), title: [...new Set(l.titles)].join(' | ') }, chunk);
        if (l.key) span.addEventListener('click', () => { location.hash = '#/fact/' + encodeURIComponent(l.key); });
        text.append(span);
      }
      i = j;
    }
    show(h('h1', {}, d.docId, ' · ', langName(d.lang)),
      h('p', { class: 'legend' }, t('legend') + ': ', h('span', { class: 'timex' }, t('timex')),
        h('span', { class: 'entity' }, t('entityMention')), h('span', { class: 'event' }, t('eventEvidence')),
        h('span', { class: 'finding' }, t('finding'))), text);
  }

  function sameLayer(a, b) {
    if (!a || !b) return a === b;
    return a.key === b.key && a.cls.size === b.cls.size && [...a.cls].every(x => b.cls.has(x))
      && a.titles.join('|') === b.titles.join('|');
  }

  async function searchView(q) {
    const r = await api('/api/search?limit=50&q=' + encodeURIComponent(q));
    show(h('h1', {}, t('results'), ': ', h('bdi', {}, q)),
      r.items.length ? h('ul', { class: 'plain', id: 'search-results' }, r.items.map(hit => h('li', { lang: hit.lang, dir: hit.dir },
        h('span', { class: 'badge' }, hit.kind), ' ',
        hit.kind === 'FACT' ? factLink(hit.key, typeName(hit.type) + ' ' + hit.date)
          : hit.kind === 'ENTITY' ? h('a', { href: '#/entity/' + encodeURIComponent(hit.entityId) }, hit.entityId)
            : h('a', { href: '#/doc/' + encodeURIComponent(hit.docId) }, hit.docId),
        ' ', h('span', {}, hit.text)))) : h('p', {}, t('noResults')));
  }

  async function entityView(id) {
    const e = await api('/api/entities/' + encodeURIComponent(id));
    show(h('h1', {}, e.name, ' ', h('span', { class: 'muted' }, e.id)),
      h('p', {}, t('names') + ': ', e.names.map((n, i) => [i ? ' · ' : '', h('bdi', {}, n)])),
      h('ul', { class: 'plain' }, e.facts.map(f => h('li', {}, dateNode(f), ' · ', factLink(f.key, typeName(f.type)),
        ' · ', langName(f.lang)))));
  }

  async function documentsView() {
    const r = await api('/api/documents?limit=1000');
    show(h('h1', {}, t('documents')), h('ul', { class: 'plain' }, r.items.map(d => h('li', {},
      h('a', { href: '#/doc/' + encodeURIComponent(d.docId) }, d.docId), ' · ', langName(d.lang), ' · ',
      d.events + ' ' + t('facts') + ' · ' + t('version') + ' ' + d.version))));
  }

  return { timelineView, factPanel, closePanel, conflictsView, documentView, searchView, entityView, documentsView, show };
}());
