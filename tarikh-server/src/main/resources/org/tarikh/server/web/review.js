'use strict';
/* Editors' review: accept, correct (date, roles, attributes) or reject a fact; choose a version of a conflict. */
window.Review = (function () {
  const { h, t, api, state } = window.T;

  function editor() { return state.session.user && state.session.role === 'editor'; }

  function rolesText(args) {
    return Object.entries(args || {}).map(([r, es]) => r + ': ' + es.map(e => e.id).join(', ')).join('\n');
  }

  function parseRoles(text) {
    const out = {};
    text.split('\n').map(l => l.trim()).filter(Boolean).forEach(l => {
      const i = l.indexOf(':');
      if (i < 1) throw new Error('role line without ":": ' + l);
      out[l.substring(0, i).trim()] = l.substring(i + 1).split(',').map(s => s.trim()).filter(Boolean);
    });
    return out;
  }

  function form(f) {
    if (!editor()) return h('p', { class: 'muted', id: 'review-locked' }, t('editorOnly'));
    const date = h('input', { id: 'review-date', value: f.date, dir: 'ltr' });
    const roles = h('textarea', { id: 'review-roles', dir: 'ltr', title: t('rolesHelp') });
    roles.value = rolesText(f.args);
    const attrs = h('textarea', { id: 'review-attrs', dir: 'ltr', title: t('attrsHelp') });
    attrs.value = JSON.stringify(f.attrs || {});
    const note = h('input', { id: 'review-note' });
    const message = h('p', { class: 'error', id: 'review-error' });
    const send = async body => {
      try {
        body.note = note.value || null;
        await api('/api/facts/' + encodeURIComponent(f.key) + '/review', { method: 'POST', json: body });
        await window.Views.factPanel(f.key);
      } catch (e) { message.textContent = t('error') + ': ' + e.message; }
    };
    const correct = () => {
      try {
        send({ verdict: 'correct', date: date.value, args: parseRoles(roles.value), attrs: JSON.parse(attrs.value || '{}') });
      } catch (e) { message.textContent = t('error') + ': ' + e.message; }
    };
    return h('form', { class: 'review', id: 'review-form', onsubmit: e => e.preventDefault() },
      h('h3', {}, t('review')),
      h('label', {}, t('date'), ' ', date), h('label', {}, t('roles') + ' (' + t('rolesHelp') + ')', roles),
      h('label', {}, t('attrs'), attrs), h('label', {}, t('note'), ' ', note),
      h('div', {}, h('button', { type: 'button', id: 'review-accept', onclick: () => send({ verdict: 'accept' }) }, t('accept')), ' ',
        h('button', { type: 'button', id: 'review-correct', onclick: correct }, t('correct')), ' ',
        h('button', { type: 'button', id: 'review-reject', onclick: () => send({ verdict: 'reject' }) }, t('reject'))),
      message);
  }

  function chooseButton(c, which) {
    if (!editor() || c.resolved) return null;
    return h('button', { type: 'button', class: 'choose', onclick: async () => {
      await api('/api/conflicts/resolve', { method: 'POST', json: { a: c.a.ref, b: c.b.ref, field: c.field, choose: which } });
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } }, t('chooseThis'));
  }

  return { form, chooseButton };
}());
