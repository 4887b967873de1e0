// Tarikh chronicle: filters, lane toggles and evidence selection. Inlined into index.html.
(function () {
  'use strict';
  var typeSel = document.getElementById('filter-type');
  var entSel = document.getElementById('filter-entity');
  var countNote = document.getElementById('filter-count');
  var facts = Array.prototype.slice.call(document.querySelectorAll('.timeline .fact'));

  function applyFilters() {
    var type = typeSel ? typeSel.value : '';
    var ent = entSel ? entSel.value : '';
    var shown = 0;
    facts.forEach(function (f) {
      var ok = (!type || f.dataset.type === type) &&
        (!ent || (' ' + f.dataset.entities + ' ').indexOf(' ' + ent + ' ') >= 0) &&
        !f.parentElement.hidden;
      f.classList.toggle('hidden', !ok);
      if (ok) { shown++; }
    });
    var lastYear = null, yearHasRows = false;
    document.querySelectorAll('.timeline > .row, .timeline > .year').forEach(function (el) {
      if (el.classList.contains('year')) {
        if (lastYear) { lastYear.classList.toggle('hidden', !yearHasRows); }
        lastYear = el; yearHasRows = false; return;
      }
      var visible = el.querySelector('.fact:not(.hidden)') !== null;
      el.classList.toggle('hidden', !visible);
      if (visible) { yearHasRows = true; }
    });
    if (lastYear) { lastYear.classList.toggle('hidden', !yearHasRows); }
    if (countNote) {
      countNote.textContent = (type || ent) ? 'showing ' + shown + ' of ' + facts.length + ' facts' : '';
    }
  }

  function toggleLane(box) {
    var lane = box.dataset.lane;
    document.querySelectorAll('.lane-' + lane).forEach(function (el) { el.hidden = !box.checked; });
    var visible = document.querySelectorAll('.lane-toggles input:checked').length;
    document.querySelectorAll('.timeline, .docs').forEach(function (el) {
      el.style.setProperty('--lanes', Math.max(visible, 1));
    });
    applyFilters();
  }

  function selectEvidence() {
    document.querySelectorAll('.doc-text .hl').forEach(function (el) { el.classList.remove('hl'); });
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var view = target && target.closest('.doc-text');
    if (!view || !target.dataset.sel) { return; }
    target.dataset.sel.split(' ').forEach(function (key) {
      view.querySelectorAll('[data-ev~="' + key + '"]').forEach(function (el) { el.classList.add('hl'); });
    });
  }

  if (typeSel) { typeSel.addEventListener('change', applyFilters); }
  if (entSel) { entSel.addEventListener('change', applyFilters); }
  document.querySelectorAll('.lane-toggles input').forEach(function (box) {
    box.addEventListener('change', function () { toggleLane(box); });
  });
  window.addEventListener('hashchange', selectEvidence);
  selectEvidence();
})();
