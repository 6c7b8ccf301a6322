// The console's only script: launch data for a session, then views as HTML fragments from the
// server (already in the reader's language and direction) and actions posted back. No framework,
// no build step, no request to any other site.
(() => {
  'use strict';
  const hash = new URLSearchParams(location.hash.slice(1));
  const launch = hash.get('tgWebAppData') || '';
  const root = document.documentElement;
  const main = document.getElementById('view');
  const notice = document.getElementById('notice');
  let token = null;
  let current = ['today', ''];

  // Telegram's clients listen for these events (the web client in the parent frame).
  function telegram(type, data) {
    const body = JSON.stringify({ eventType: type, eventData: data || {} });
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, JSON.stringify(data || {}));
      else if (window.parent !== window) window.parent.postMessage(body, '*');
    } catch (error) { /* outside Telegram: nothing to tell */ }
  }

  function theme() {
    let params = {};
    try { params = JSON.parse(hash.get('tgWebAppThemeParams') || '{}'); } catch (error) { params = {}; }
    for (const [key, value] of Object.entries(params)) {
      if (/^#[0-9a-fA-F]{3,8}$/.test(String(value))) root.style.setProperty('--tg-' + key.replace(/_/g, '-'), value);
    }
  }

  function say(text, bad) {
    notice.textContent = text;
    notice.dir = root.dir || 'auto';
    notice.className = bad ? 'bad' : 'good';
    notice.hidden = false;
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { notice.hidden = true; }, 6000);
  }

  function refuse(body) {
    main.setAttribute('aria-busy', 'false');
    const box = document.createElement('p');
    box.className = 'refusal';
    box.dir = body.dir || root.dir || 'auto';
    box.lang = body.locale || root.lang || '';
    box.textContent = body.text || body.error || '…';
    main.replaceChildren(box);
  }

  async function answer(response) {
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : { text: await response.text() };
  }

  async function start() {
    const response = await fetch('api/session', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ init_data: launch }),
    });
    const body = await answer(response);
    if (!response.ok) { refuse(body); return false; }
    token = body.token;
    root.lang = body.locale;
    root.dir = body.dir;
    document.title = body.title;
    document.getElementById('title').textContent = body.title;
    const nav = document.getElementById('nav');
    nav.replaceChildren(...body.nav.map(({ view, label }) => {
      const link = document.createElement('a');
      link.href = '#';
      link.className = 'go';
      link.dataset.view = view;
      link.dataset.query = '';
      link.textContent = label;
      return link;
    }));
    document.getElementById('top').hidden = false;
    return true;
  }

  // A session ends after half an hour without a request: the launch data opens a new one
  // while it is young enough (the server decides); otherwise the refusal is shown.
  async function authorized(path, options, again = true) {
    const headers = Object.assign({}, options.headers, { Authorization: 'Bearer ' + token });
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status !== 401 || !again) return response;
    if (await start()) return authorized(path, options, false);
    return null; // refused again: start() shows why, in the person's language
  }

  async function show(view, query) {
    current = [view, query || ''];
    main.setAttribute('aria-busy', 'true');
    const response = await authorized('api/view/' + view + (query ? '?' + query : ''), {});
    if (response === null) return;
    if (!response.ok) { refuse(await answer(response)); return; }
    main.innerHTML = await response.text();
    main.setAttribute('aria-busy', 'false');
    // A view that changes by itself (check-ins during a meeting) asks to be shown again.
    clearTimeout(show.timer);
    const refresh = Number((main.querySelector('[data-refresh]') || {}).dataset?.refresh || 0);
    if (refresh > 0) {
      const shown = current.join('?');
      show.timer = setTimeout(() => { if (current.join('?') === shown) show(...current); }, refresh * 1000);
    }
    for (const link of document.querySelectorAll('#nav a')) link.classList.toggle('on', link.dataset.view === view);
  }

  async function act(element, fields) {
    element.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    if (element.tagName === 'BUTTON') element.disabled = true;
    const response = await authorized('api/act/' + element.dataset.act, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.assign({}, element.dataset, fields)),
    });
    if (response === null) return;
    const body = await answer(response);
    if (response.status === 401 || response.status === 403) { refuse(body); return; }
    say(body.notice || body.text || '', !response.ok);
    await show(...current);
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a.go');
    if (link) { event.preventDefault(); show(link.dataset.view, link.dataset.query); return; }
    const button = event.target.closest('button[data-act]');
    if (button) { event.preventDefault(); act(button, {}); }
  });
  // A form of filters shows its view again with the chosen values; one of actions posts them.
  function filtered(form) {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) query.append(name, value);
    show(form.dataset.view, query.toString());
  }
  document.addEventListener('submit', (event) => {
    const form = event.target.closest('form[data-act], form[data-view]');
    if (!form) return;
    event.preventDefault();
    if (form.dataset.view) filtered(form);
    else act(form, Object.fromEntries(new FormData(form)));
  });
  document.addEventListener('change', (event) => {
    const form = event.target.closest('form[data-view]');
    if (form) filtered(form);
  });

  theme();
  telegram('web_app_ready');
  telegram('web_app_expand');
  // A link to the console may name the view it opens on (t.me/<bot>/<app>?startapp=actors).
  const opening = hash.get('tgWebAppStartParam') || '';
  start().then((ok) => {
    if (!ok) return;
    const known = [...document.querySelectorAll('#nav a')].map((link) => link.dataset.view);
    show(known.includes(opening) ? opening : 'today', '');
  });
})();
