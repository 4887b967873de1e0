'use strict';
/* Small helpers: elements built with textContent only (document text is never parsed as HTML),
   the API client (JSON errors, CSRF header), words and dates in the chosen language and calendar. */
window.T = (function () {
  const state = { lang: 'en', calendar: 'gregory', session: { user: null } };

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.substring(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function t(key) {
    const words = window.I18N[state.lang];
    return words[key] !== undefined ? words[key] : window.I18N.en[key] || key;
  }

  function typeName(type) {
    return window.I18N[state.lang].types[type] || type.replace(/_/g, ' ').toLowerCase();
  }

  function langName(code) {
    return window.I18N[state.lang].langs[code] || code;
  }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    if (opts.method && opts.method !== 'GET' && state.session.csrf) opts.headers['X-CSRF-Token'] = state.session.csrf;
    if (opts.json !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(opts.json);
    }
    const r = await fetch(path, opts);
    const body = (r.headers.get('Content-Type') || '').startsWith('application/json') ? await r.json() : await r.text();
    if (!r.ok) {
      const e = new Error(body && body.error ? body.error.message : r.status + '');
      e.status = r.status;
      throw e;
    }
    return body;
  }

  function locale(calendar) {
    const digits = state.lang === 'ar' ? 'arab' : 'latn';
    return (state.lang === 'ar' ? 'ar' : 'en-GB') + '-u-ca-' + calendar + '-nu-' + digits;
  }

  /* A TIMEX3 value as the reader's calendar shows it; Hijri beside when chosen. */
  function dateText(value, begin, end) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value || '');
    if (!m || !begin) return value || '';
    const d = new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
    const parts = m[3] ? { day: 'numeric', month: 'long', year: 'numeric' }
      : m[2] ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
    return new Intl.DateTimeFormat(locale('gregory'), Object.assign({ timeZone: 'UTC' }, parts)).format(d);
  }

  function hijriText(begin, end) {
    if (!begin) return null;
    const f = new Intl.DateTimeFormat(locale('islamic-umalqura'), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    const a = f.format(new Date(begin + 'T00:00:00Z'));
    return begin === end ? a : a + ' – ' + f.format(new Date(end + 'T00:00:00Z'));
  }

  function dateNode(fact) {
    const wrap = h('span', { class: 'date' }, dateText(fact.date, fact.begin, fact.end) + (/\//.test(fact.date) ? '' : ''));
    if (/\//.test(fact.date || '')) wrap.textContent = fact.date.split('/').map(v => dateText(v, fact.begin, fact.end)).join(' – ');
    if (state.calendar === 'gregory+hijri') {
      const hijri = hijriText(fact.begin, fact.end);
      if (hijri) wrap.append(h('span', { class: 'hijri', lang: 'ar' }, '(' + hijri + ')'));
    }
    return wrap;
  }

  /* Code-point slices (offsets are code points, JS strings are UTF-16). */
  function cps(text) {
    return Array.from(text);
  }

  return { state, h, t, typeName, langName, api, dateNode, hijriText, cps, locale };
}());
