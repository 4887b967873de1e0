'use strict';
/* The page: routes (#/, #/fact/KEY, #/doc/ID, #/conflicts, #/search/Q, #/entity/ID, #/documents, #/login),
   the language switch (dir="rtl" for Arabic), the calendar choice and the login. */
(function () {
  const { h, t, api, state } = window.T;
  const V = window.Views;

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    document.getElementById('ui-lang').value = state.lang;
    document.getElementById('calendar').value = state.calendar;
  }

  function account() {
    const el = document.getElementById('account');
    if (state.session.user) {
      el.replaceChildren(h('span', { id: 'whoami' }, state.session.user + ' (' + state.session.role + ')'),
        h('button', { type: 'button', id: 'logout', onclick: logout }, t('logout')));
    } else {
      el.replaceChildren(h('a', { href: '#/login', id: 'login-link' }, t('login')));
    }
  }

  async function logout() {
    await api('/api/logout', { method: 'POST', json: {} });
    state.session = { user: null };
    account();
    route();
  }

  function loginView() {
    const user = h('input', { id: 'login-user', autocomplete: 'username' });
    const password = h('input', { id: 'login-password', type: 'password', autocomplete: 'current-password' });
    const message = h('p', { class: 'error', id: 'login-error' });
    const form = h('form', { id: 'login-form' }, h('h1', {}, t('login')),
      h('p', {}, h('label', {}, t('user'), ' ', user)), h('p', {}, h('label', {}, t('password'), ' ', password)),
      h('button', { type: 'submit', id: 'login-submit' }, t('login')), message);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        state.session = await api('/api/login', { method: 'POST', json: { name: user.value, password: password.value } });
        account();
        location.hash = '#/';
      } catch (err) { message.textContent = t('loginFailed'); }
    });
    V.show(form);
  }

  async function route() {
    const hash = decodeURIComponent(location.hash || '#/');
    const [, page, ...rest] = hash.split('/');
    const arg = rest.join('/');
    try {
      if (page === 'fact') {
        if (!document.getElementById('timeline')) await V.timelineView();
        await V.factPanel(arg);
        return;
      }
      document.getElementById('panel').hidden = true;
      if (page === 'doc') await V.documentView(arg);
      else if (page === 'conflicts') await V.conflictsView();
      else if (page === 'search') await V.searchView(arg);
      else if (page === 'entity') await V.entityView(arg);
      else if (page === 'documents') await V.documentsView();
      else if (page === 'login') loginView();
      else await V.timelineView();
    } catch (e) {
      if (e.status === 401) { location.hash = '#/login'; return; }
      V.show(h('p', { class: 'error' }, t('error') + ': ' + e.message));
    }
  }

  async function start() {
    state.lang = localStorage.getItem('tarikh.lang') || 'en';
    state.calendar = localStorage.getItem('tarikh.calendar') || (state.lang === 'ar' ? 'gregory+hijri' : 'gregory');
    try { state.session = await api('/api/session'); } catch (e) { state.session = { user: null }; }
    applyLanguage();
    account();
    document.getElementById('ui-lang').addEventListener('change', e => {
      state.lang = e.target.value;
      localStorage.setItem('tarikh.lang', state.lang);
      if (!localStorage.getItem('tarikh.calendar')) state.calendar = state.lang === 'ar' ? 'gregory+hijri' : 'gregory';
      applyLanguage();
      account();
      document.getElementById('view').replaceChildren();
      route();
    });
    document.getElementById('calendar').addEventListener('change', e => {
      state.calendar = e.target.value;
      localStorage.setItem('tarikh.calendar', state.calendar);
      route();
    });
    document.getElementById('search-form').addEventListener('submit', e => {
      e.preventDefault();
      const q = document.getElementById('search-input').value.trim();
      if (q) location.hash = '#/search/' + encodeURIComponent(q);
    });
    window.addEventListener('hashchange', route);
    route();
  }

  document.addEventListener('DOMContentLoaded', start);
}());
