/**
 * The web chat page: static HTML, CSS and JS served from /, /static/app.css and /static/app.js.
 * No inline script or style (the Content-Security-Policy forbids them), and every answer is put on
 * the page with textContent, so text from the documents can never become HTML.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page, with the provinces and example questions taken from the corpus (escaped: they come from documents). */
export function pageHtml(c: { provinces: string; examples: string[] }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hỏi đáp kế hoạch quyền trẻ em</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="stylesheet" href="/static/quiz.css">
<script src="/static/quiz.js" defer></script>
<script src="/static/app.js" defer></script>
</head>
<body>
<header>
  <h1>Hỏi đáp kế hoạch quyền trẻ em</h1>
  <p class="sub">Kế hoạch thực hiện khuyến nghị của Ủy ban Quyền trẻ em LHQ: ${esc(c.provinces)}.</p>
  <p class="hotline">Trẻ em gặp nguy hiểm? Gọi ngay <strong>Tổng đài 111</strong> (miễn phí, 24/7); khẩn cấp gọi <strong>113</strong>.</p>
  <button type="button" id="large" aria-pressed="false">Chữ to (máy chiếu)</button>
</header>
<main>
  <section id="examples" aria-label="Câu hỏi mẫu">
${c.examples.map((e) => `    <button type="button" class="example">${esc(e)}</button>`).join('\n')}
  </section>
  <section id="log" aria-live="polite"></section>
</main>
<form id="ask" autocomplete="off">
  <label for="q" class="visually-hidden">Câu hỏi</label>
  <input id="q" name="q" maxlength="500" placeholder="Gõ câu hỏi, có dấu hoặc không dấu…" required>
  <button type="submit">Hỏi</button>
</form>
</body>
</html>
`;
}

export const PAGE_CSS = `*{box-sizing:border-box}
html,body{overflow-x:clip}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f6f7f9;display:flex;flex-direction:column;min-height:100vh}
header{padding:12px 16px;background:#0b5394;color:#fff}
h1{font-size:1.25em;margin:0 0 4px}
.sub{margin:0 0 6px;opacity:.9;font-size:.9em}
.hotline{margin:0 0 8px;background:#fff3cd;color:#5a4100;padding:6px 8px;border-radius:6px;font-size:.95em}
header button{background:#fff;color:#0b5394;border:0;border-radius:6px;padding:6px 10px;font:inherit;cursor:pointer}
main{flex:1;padding:12px 16px;max-width:900px;width:100%;margin:0 auto}
#examples{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.example{max-width:100%;border:1px solid #b7c6d8;background:#fff;border-radius:16px;padding:6px 10px;font:inherit;font-size:.9em;cursor:pointer}
.msg{margin:8px 0;padding:10px 12px;border-radius:10px;white-space:pre-wrap;word-wrap:break-word;overflow-wrap:anywhere}
.user{background:#dbe9f7;margin-left:15%}
.bot{background:#fff;border:1px solid #dde3ea;margin-right:5%}
.bot.abstained{border-color:#e0c97a}
.bot.danger{border:2px solid #c62828}
details{margin-top:8px;font-size:.9em}
details pre{white-space:pre-wrap;background:#f2f2f2;padding:8px;border-radius:6px;overflow-wrap:anywhere}
.note{color:#555;font-size:.85em}
form{position:sticky;bottom:0;display:flex;gap:8px;padding:10px 16px;background:#fff;border-top:1px solid #dde3ea}
#q{flex:1;min-width:0;font:inherit;padding:10px;border:1px solid #b7c6d8;border-radius:8px}
.feedback{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px;font-size:.9em}.feedback button{font:inherit;padding:4px 10px;border:1px solid #9bb;border-radius:6px;background:#fff;cursor:pointer}.feedback input{flex:1 1 12em;min-width:0;font:inherit;padding:4px 6px}
form button{flex-shrink:0;font:inherit;padding:10px 16px;border:0;border-radius:8px;background:#0b5394;color:#fff;cursor:pointer}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
body.large{font-size:26px}
body.large .user{margin-left:5%}
@media (max-width:600px){.user{margin-left:8%}.bot{margin-right:0}}
`;

export const PAGE_JS = `'use strict';
(function () {
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('q');
  var large = document.getElementById('large');
  var session = 'w' + Math.random().toString(36).slice(2) + Date.now().toString(36);

  // the hotline numbers become tap-to-call links (built as nodes: the text itself never becomes HTML)
  function fill(div, text, links) {
    if (!links) { div.textContent = text; return; }
    var re = /(^|[^\\d\\/.])(111|113|115)(?![\\d\\/])/g;
    var at = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var start = m.index + m[1].length;
      div.appendChild(document.createTextNode(text.slice(at, start)));
      var a = document.createElement('a');
      a.href = 'tel:' + m[2];
      a.textContent = m[2];
      div.appendChild(a);
      at = start + m[2].length;
    }
    div.appendChild(document.createTextNode(text.slice(at)));
  }

  function add(cls, text) {
    var div = document.createElement('div');
    div.className = 'msg ' + cls;
    fill(div, text, cls.indexOf('bot') === 0);
    log.appendChild(div);
    div.scrollIntoView({ block: 'end' });
    return div;
  }

  function showAnswer(data) {
    var div = add('bot' + (data.abstained ? ' abstained' : '') + (data.danger ? ' danger' : ''), data.text);
    if (data.passages && data.passages.length) {
      var details = document.createElement('details');
      var summary = document.createElement('summary');
      summary.textContent = 'Xem nguyên văn trong kế hoạch';
      details.appendChild(summary);
      data.passages.forEach(function (p) {
        var head = document.createElement('div');
        head.className = 'note';
        head.textContent = p.ref + ' – ' + p.file + ', dòng ' + p.lineStart + (p.lineEnd !== p.lineStart ? '–' + p.lineEnd : '');
        var pre = document.createElement('pre');
        pre.textContent = p.text;
        details.appendChild(head);
        details.appendChild(pre);
        if (p.restored) {
          // a scan: the restored reading beside the scanned text, never instead of it
          var rh = document.createElement('div');
          rh.className = 'note';
          rh.textContent = 'Đọc lại có dấu (khôi phục từ bản quét, có thể sai; chữ trong [ ] là chữ chưa chắc):';
          var rp = document.createElement('pre');
          rp.textContent = p.restored;
          details.appendChild(rh);
          details.appendChild(rp);
        }
      });
      div.appendChild(details);
    }
    if (data.answerId) div.appendChild(feedbackBar(data.answerId));
    // a quiz round (quiz.js): questions answered by tapping, "again" asks for a new round
    if (data.quiz && window.qteQuiz) window.qteQuiz.render(div, data.quiz, function () { ask(data.question); });
  }

  // 👍 / 👎 under an answer; a 👎 opens a short comment box (optional)
  function feedbackBar(answerId) {
    var bar = document.createElement('div');
    bar.className = 'feedback';
    function say(text) { bar.textContent = text; }
    function post(verdict, comment) {
      return fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ answerId: answerId, verdict: verdict, comment: comment || '' })
      }).then(function (res) { return res.ok; }).catch(function () { return false; });
    }
    function button(cls, text) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.textContent = text;
      return b;
    }
    var up = button('fb-up', '👍 Đúng');
    var down = button('fb-down', '👎 Sai – báo lỗi');
    up.addEventListener('click', function () {
      post('up').then(function (ok) { say(ok ? 'Cảm ơn bạn đã đánh giá.' : 'Chưa gửi được đánh giá, vui lòng thử lại.'); });
    });
    down.addEventListener('click', function () {
      bar.textContent = '';
      var box = document.createElement('input');
      box.type = 'text';
      box.maxLength = 500;
      box.className = 'fb-comment';
      box.setAttribute('aria-label', 'Góp ý: câu trả lời sai ở đâu?');
      box.placeholder = 'Sai ở đâu? (không bắt buộc, đừng ghi tên hay số điện thoại)';
      var send = button('fb-send', 'Gửi báo lỗi');
      send.addEventListener('click', function () {
        post('down', box.value).then(function (ok) { say(ok ? 'Cảm ơn bạn đã báo lỗi. Nhóm phát triển sẽ xem lại câu trả lời này.' : 'Chưa gửi được báo lỗi, vui lòng thử lại.'); });
      });
      bar.appendChild(box);
      bar.appendChild(send);
      box.focus();
    });
    bar.appendChild(up);
    bar.appendChild(down);
    return bar;
  }

  function ask(question) {
    add('user', question);
    var pending = add('bot', 'Đang tìm…');
    fetch('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: question, session: session })
    }).then(function (res) {
      return res.json().then(function (data) { return { res: res, data: data }; });
    }).then(function (r) {
      pending.remove();
      if (r.res.status === 429) add('bot abstained', 'Bạn hỏi nhanh quá, vui lòng thử lại sau ' + (r.res.headers.get('Retry-After') || 'vài') + ' giây.');
      else if (!r.res.ok) add('bot abstained', r.data && r.data.error ? r.data.error : 'Có lỗi, vui lòng thử lại.');
      else showAnswer(r.data);
    }).catch(function () {
      pending.remove();
      add('bot abstained', 'Không kết nối được máy chủ. Vui lòng thử lại.');
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value.trim();
    if (!q) return;
    input.value = '';
    ask(q);
  });
  Array.prototype.forEach.call(document.querySelectorAll('.example'), function (b) {
    b.addEventListener('click', function () { ask(b.textContent); });
  });
  function setLarge(on) {
    document.body.classList.toggle('large', on);
    large.setAttribute('aria-pressed', on ? 'true' : 'false');
    try { localStorage.setItem('large', on ? '1' : ''); } catch (e) { /* private mode */ }
  }
  large.addEventListener('click', function () { setLarge(!document.body.classList.contains('large')); });
  try { if (localStorage.getItem('large')) setLarge(true); } catch (e) { /* private mode */ }
})();
`;
