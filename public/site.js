// Briefing: the site's only script. Theme toggle, mobile menu and Pagefind search.
(function () {
  'use strict';
  var root = document.documentElement;
  var base = (document.currentScript && document.currentScript.getAttribute('data-base')) || '/';

  // Theme: an explicit choice is stored; otherwise the system preference applies.
  var toggle = document.querySelector('.theme-toggle');
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  function current() {
    return root.dataset.theme || (dark.matches ? 'dark' : 'light');
  }
  function label() {
    if (!toggle) return;
    var next = current() === 'dark' ? 'light' : 'dark';
    var text = 'Switch to ' + next + ' theme';
    toggle.setAttribute('aria-label', text);
    toggle.setAttribute('title', text);
  }
  if (toggle) {
    toggle.hidden = false;
    label();
    toggle.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem('briefing-theme', next); } catch (e) {}
      label();
    });
    if (dark.addEventListener) dark.addEventListener('change', label);
  }

  // Menu: on narrow screens the sidebar opens behind a button.
  var menu = document.querySelector('.menu-button');
  var sidebar = document.getElementById('sidebar');
  if (menu && sidebar) {
    menu.hidden = false;
    var setOpen = function (open) {
      menu.setAttribute('aria-expanded', String(open));
      root.classList.toggle('menu-open', open);
    };
    menu.addEventListener('click', function () {
      setOpen(menu.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        menu.focus();
      }
    });
  }

  // Search: the Pagefind UI, when the index has been built next to the site.
  if (typeof window.PagefindUI === 'function' && document.getElementById('search')) {
    new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false, baseUrl: base });
  }
})();
