/**
 * The dashboard's script, served as `/__emulator/dashboard.js` (same origin, no inline script or
 * handler, so a strict Content-Security-Policy applies). It calls the JSON controls with
 * `Content-Type: application/json`, redraws the live parts from the server-rendered page, counts
 * token lifetimes down, and draws the request log from `/__emulator/log/stream` with text nodes
 * only (nothing from the server is parsed as HTML except the page itself).
 *
 * Plain ES2020, no build step; the text below is sent as it is.
 *
 * @module
 */

/** The script text. */
export const DASHBOARD_JS = String.raw`'use strict';
(function () {
  var BASE = '/__emulator';
  var MASK = '••••••••';
  var main = document.querySelector('main');
  var status = document.getElementById('status');
  var clock = { page: Number(main.dataset.now), at: Date.now() };

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function api(method, path, body) {
    var init = { method: method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
    if (method !== 'GET') {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body || {});
    }
    return fetch(BASE + path, init).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.error || 'HTTP ' + response.status);
        return json;
      });
    });
  }

  function focusKey(el) {
    if (!el || el === document.body) return null;
    if (el.id) return '#' + CSS.escape(el.id);
    var d = el.dataset || {};
    if (!d.action) return null;
    var sel = '[data-action="' + CSS.escape(d.action) + '"]';
    ['user', 'client', 'scope', 'ms'].forEach(function (k) {
      if (d[k] !== undefined) sel += '[data-' + k + '="' + CSS.escape(d[k]) + '"]';
    });
    return sel;
  }

  // The same control again; when it is gone or disabled, the next enabled one of the same user.
  function restoreFocus(key, user) {
    var again = document.querySelector(key);
    if (!again || again.disabled) again = user && document.querySelector('.actions button[data-user="' + CSS.escape(user) + '"]:not(:disabled)');
    if (again) again.focus();
  }

  // What the server drew in each redrawable part, countdown texts left out (they tick here).
  function shape(el) {
    return el.innerHTML.replace(/(<span class="countdown"[^>]*>)[^<]*/g, '$1');
  }
  var drawn = new Map();
  document.querySelectorAll('[id]').forEach(function (el) {
    if (el.matches('[data-live], section')) drawn.set(el.id, shape(el));
  });

  var refreshing = null;
  function refresh(selector) {
    var wanted = selector || '[data-live]';
    return fetch(BASE + '/', { headers: { accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var key = focusKey(document.activeElement);
        var user = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.user : undefined;
        document.querySelectorAll(wanted).forEach(function (el) {
          var fresh = el.id && doc.getElementById(el.id);
          // Redraw only what changed, so focus, open details and selections elsewhere stay put.
          if (!fresh || drawn.get(el.id) === shape(fresh)) return;
          el.replaceChildren.apply(el, Array.from(fresh.childNodes).map(function (n) { return document.importNode(n, true); }));
          drawn.set(el.id, shape(el));
        });
        clock = { page: Number(doc.querySelector('main').dataset.now), at: Date.now() };
        if (key && !document.activeElement.matches(key)) restoreFocus(key, user);
        tick();
      });
  }
  function refreshSoon() {
    if (refreshing) return;
    refreshing = setTimeout(function () { refreshing = null; refresh(); }, 300);
  }

  function remaining(ms) {
    if (ms <= 0) return '만료됨 / expired';
    var s = Math.floor(ms / 1000), d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
    return d > 0 ? d + 'd ' + h + 'h ' + m + 'm' : h + 'h ' + m + 'm ' + (s % 60) + 's';
  }
  function tick() {
    var now = clock.page + (Date.now() - clock.at);
    document.querySelectorAll('.countdown').forEach(function (el) {
      var left = Number(el.dataset.expires) - now;
      el.textContent = remaining(left);
      if (el.parentElement) el.parentElement.classList.toggle('expired', left <= 0);
    });
  }
  setInterval(tick, 1000);

  function reveal(button) {
    var target = document.getElementById(button.dataset.target);
    if (button.getAttribute('aria-pressed') === 'true') {
      target.textContent = MASK;
      button.setAttribute('aria-pressed', 'false');
      return Promise.resolve('');
    }
    return api('GET', '/config').then(function (config) {
      var app = config.apps.find(function (a) { return a.restApiKey === button.dataset.client; });
      var field = button.dataset.field;
      target.textContent = field === 'clientSecret' ? app.clientSecret.value : app[field];
      button.setAttribute('aria-pressed', 'true');
      return '';
    });
  }

  function pollWebhooks(left) {
    return refresh().then(function () {
      var pending = document.querySelector('#webhooks-live td.status:not(:empty)');
      var text = pending ? pending.textContent : '';
      if (left > 0 && /pending/.test(text)) {
        return new Promise(function (done) { setTimeout(done, 300); }).then(function () { return pollWebhooks(left - 1); });
      }
    });
  }

  var ACTIONS = {
    reveal: reveal,
    'revoke-consent': function (b) {
      return api('POST', '/users/consents/revoke', { userId: b.dataset.user, clientId: b.dataset.client, scope: b.dataset.scope })
        .then(function () { return '동의 철회됨 / Consent revoked: ' + b.dataset.scope; });
    },
    'expire-access': function (b) {
      return api('POST', '/tokens/expire', { userId: b.dataset.user, clientId: b.dataset.client, kind: 'access' })
        .then(function (r) { return '액세스 토큰 만료 / Access tokens expired: ' + r.expired; });
    },
    'expire-refresh': function (b) {
      return api('POST', '/tokens/expire', { userId: b.dataset.user, clientId: b.dataset.client, kind: 'refresh' })
        .then(function (r) { return '리프레시 토큰 만료 / Refresh tokens expired: ' + r.expired; });
    },
    disconnect: function (b) {
      return api('POST', '/users/disconnect', { userId: b.dataset.user, clientId: b.dataset.client })
        .then(function () { return pollWebhooks(10); })
        .then(function () { return '연결 끊김 / Disconnected ' + b.dataset.user; });
    },
    advance: function (b) {
      return api('POST', '/clock', { advanceMs: Number(b.dataset.ms) })
        .then(function (r) { return '시계 / Clock: ' + new Date(r.now).toISOString(); });
    },
    rotate: function () {
      return api('POST', '/keys/rotate', {}).then(function (r) { return '새 키 / New key: ' + r.kid; });
    },
    'disarm-one': function (b) {
      return api('POST', '/faults/disarm', { id: Number(b.dataset.fault) }).then(function () { return '해제 / Fault disarmed: ' + b.dataset.fault; });
    },
    disarm: function () {
      return api('DELETE', '/faults').then(function () { return '모두 해제 / All faults disarmed'; });
    },
  };

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-action]');
    if (!button || !ACTIONS[button.dataset.action]) return;
    var action = button.dataset.action;
    ACTIONS[action](button)
      .then(function (message) {
        if (message) say(message);
        return action === 'reveal' ? null : refresh();
      })
      .catch(function (error) { say(error.message, true); });
  });

  function value(form, name) {
    var el = form.elements.namedItem(name);
    return el ? el.value.trim() : '';
  }

  function saveApp(form) {
    return api('GET', '/config').then(function (config) {
      var app = config.apps.find(function (a) { return a.restApiKey === form.dataset.client; });
      app.name = value(form, 'name');
      app.redirectUris = value(form, 'redirectUris').split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
      app.unlinkCallbackUrl = value(form, 'unlinkCallbackUrl') || undefined;
      app.oidc = form.elements.namedItem('oidc').checked;
      var secret = app.clientSecret.value;
      if (!secret) {
        var bytes = crypto.getRandomValues(new Uint8Array(16));
        secret = Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
      }
      app.clientSecret = { enabled: form.elements.namedItem('secretEnabled').checked, value: secret };
      app.consentItems = Array.from(form.querySelectorAll('select[name^="item:"]'))
        .filter(function (s) { return s.value !== 'off'; })
        .map(function (s) {
          return { id: s.dataset.id, displayName: s.dataset.name, displayNameEn: s.dataset.nameEn, type: s.dataset.type,
            required: s.value === 'required', onDemand: s.value === 'on-demand' };
        });
      return api('POST', '/seed', { apps: [app] });
    }).then(function () { return refresh('#apps, [data-live]'); })
      .then(function () { return '저장됨 / Saved'; });
  }

  function addUser(form) {
    var user = {};
    ['id', 'nickname', 'name', 'email', 'phoneNumber', 'birthyear', 'gender'].forEach(function (name) {
      var v = value(form, name);
      if (v) user[name] = v;
    });
    return api('POST', '/seed', { users: [user] })
      .then(function () { return refresh('#users'); })
      .then(function () { return '사용자 추가됨 / User added: ' + user.nickname; });
  }

  var KOE_ERRORS = { KOE320: 'invalid_grant', KOE322: 'invalid_grant', KOE010: 'invalid_client' };
  function armFault(form) {
    var kind = value(form, 'kind'), v = value(form, 'value');
    var action = { kind: kind };
    if (kind === 'status') action.status = Number(v) || 503;
    if (kind === 'koe') { action.errorCode = v || 'KOE237'; action.error = KOE_ERRORS[action.errorCode] || 'invalid_request'; }
    if (kind === 'kapi') action.code = Number(v) || -1;
    if (kind === 'latency') action.ms = Number(v) || 1000;
    var match = {};
    ['host', 'method', 'path'].forEach(function (name) { if (value(form, name)) match[name] = value(form, name); });
    return api('POST', '/faults', { match: match, action: action, count: Number(value(form, 'count')) || 1 })
      .then(function () { return refresh(); })
      .then(function () { return '장애 설정됨 / Fault armed: ' + kind; });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    event.preventDefault();
    // getAttribute: a control named "id" would shadow form.id.
    var id = form.getAttribute('id');
    var run = form.classList.contains('app-form') ? saveApp : id === 'add-user' ? addUser : id === 'fault-form' ? armFault : null;
    if (!run) return;
    run(form).then(function (m) { say(m); }).catch(function (error) { say(error.message, true); });
  });

  var list = document.getElementById('log-list');
  var filters = document.getElementById('log-filters');
  var count = document.getElementById('log-count');
  function shown(li) {
    var host = value(filters, 'host'), path = value(filters, 'path'), st = value(filters, 'status').toLowerCase(), code = value(filters, 'code').toLowerCase();
    var d = li.dataset;
    if (host && d.host !== host) return false;
    if (path && d.path.indexOf(path) < 0) return false;
    if (st && !(st.length === 3 && st.slice(1) === 'xx' ? d.status[0] === st[0] : d.status === st)) return false;
    if (code && d.code.toLowerCase().indexOf(code) < 0) return false;
    return true;
  }
  function applyFilters() {
    var n = 0;
    list.querySelectorAll('li').forEach(function (li) { li.hidden = !shown(li); if (!li.hidden) n++; });
    count.textContent = String(n);
  }
  filters.addEventListener('input', applyFilters);

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    el.textContent = content;
    if (cls) el.className = cls;
    return el;
  }
  function row(entry) {
    var li = document.createElement('li');
    li.dataset.host = entry.host; li.dataset.path = entry.path; li.dataset.status = String(entry.status); li.dataset.code = entry.errorCode || '';
    if (entry.status >= 400) li.className = 'err';
    var details = document.createElement('details');
    var summary = document.createElement('summary');
    var time = new Date(entry.at).toISOString().slice(11, 19);
    [time, entry.method, entry.host === 'auth' ? 'kauth' : 'kapi', entry.path].forEach(function (t) { summary.append(text('span', t)); });
    summary.append(text('span', String(entry.status), 'st'));
    if (entry.errorCode) summary.append(text('span', entry.errorCode, 'st'));
    var request = ['Request / 요청', entry.method + ' ' + entry.path];
    if (entry.authScheme) request.push('Authorization: ' + entry.authScheme + ' [redacted]');
    if (entry.query && entry.query.length) request.push('query: ' + entry.query.join(', '));
    request.push(JSON.stringify(entry.params, null, 2));
    var response = ['Response / 응답', 'status ' + entry.status + (entry.errorCode ? ' · ' + entry.errorCode : '')];
    if (entry.errorMessage) response.push(entry.errorMessage);
    details.append(summary, text('pre', request.join('\n') + '\n\n' + response.join('\n')));
    li.append(details);
    return li;
  }
  var source = new EventSource(BASE + '/log/stream');
  source.addEventListener('clear', function () { list.replaceChildren(); applyFilters(); });
  source.addEventListener('message', function (event) {
    var li = row(JSON.parse(event.data));
    li.hidden = !shown(li);
    list.prepend(li);
    while (list.children.length > 500) list.lastElementChild.remove();
    count.textContent = String(list.querySelectorAll('li:not([hidden])').length);
    refreshSoon();
  });
  main.dataset.ready = 'true';
})();
`;
