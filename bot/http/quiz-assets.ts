/**
 * The web page's quiz round (/static/quiz.js, /static/quiz.css): the questions of a round under the
 * bot's message, each answered by tapping an option. The tap reveals right or wrong (in words and
 * colour, not colour alone), the right option and the explanation; a running score and a final one;
 * nothing reloads and nothing is sent back. Text goes in with textContent only (CSP, documents'
 * text is never HTML). app.js calls `window.qteQuiz.render(container, quiz, again)`.
 */
export const QUIZ_JS = `'use strict';
(function () {
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  var LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

  function render(container, quiz, again) {
    var total = quiz.questions.length;
    var answered = 0;
    var right = 0;
    container.classList.add('quiz');
    var list = el('ol', 'quiz-list');
    var score = el('p', 'quiz-score');
    score.setAttribute('aria-live', 'polite');
    function showScore() {
      score.textContent = answered < total
        ? 'Đã trả lời ' + answered + '/' + total + ' câu · đúng ' + right
        : 'Kết quả: ' + right + '/' + total + ' câu đúng. ' + (right === total ? 'Xuất sắc! 🎉' : right * 2 >= total ? 'Khá lắm! 👏' : 'Xem lại lời giải thích ở từng câu nhé.');
      if (answered === total) {
        score.classList.add('quiz-final');
        var more = el('button', 'quiz-again', 'Làm lượt câu hỏi mới');
        more.type = 'button';
        more.addEventListener('click', function () { more.disabled = true; again(); });
        container.appendChild(more);
      }
    }
    quiz.questions.forEach(function (q, n) {
      var item = el('li', 'quiz-q');
      item.setAttribute('data-state', 'open');
      item.appendChild(el('p', 'quiz-num', 'Câu ' + (n + 1) + '/' + total));
      item.appendChild(el('p', 'quiz-text', q.question));
      var options = el('div', 'quiz-options');
      options.setAttribute('role', 'group');
      options.setAttribute('aria-label', 'Các đáp án của câu ' + (n + 1));
      var result = el('p', 'quiz-result');
      result.setAttribute('aria-live', 'polite');
      result.hidden = true;
      var why = el('p', 'quiz-why', q.explanation);
      why.hidden = true;
      var buttons = q.options.map(function (text, i) {
        var b = el('button', 'quiz-option');
        b.type = 'button';
        b.appendChild(el('span', 'quiz-letter', LETTERS[i] || String(i + 1)));
        b.appendChild(el('span', 'quiz-label', text));
        b.addEventListener('click', function () { choose(i); });
        options.appendChild(b);
        return b;
      });
      function choose(i) {
        if (item.getAttribute('data-state') !== 'open') return;
        var ok = i === q.correctIndex;
        answered += 1;
        if (ok) right += 1;
        item.setAttribute('data-state', ok ? 'right' : 'wrong');
        buttons.forEach(function (b, k) {
          b.disabled = true;
          if (k === q.correctIndex) b.classList.add('right');
          if (k === i) { b.classList.add('chosen'); b.setAttribute('aria-pressed', 'true'); }
          if (k === i && !ok) b.classList.add('wrong');
        });
        result.textContent = ok ? '✓ Đúng!' : '✗ Chưa đúng. Đáp án: ' + LETTERS[q.correctIndex] + '. ' + q.options[q.correctIndex];
        result.className = 'quiz-result ' + (ok ? 'right' : 'wrong');
        result.hidden = false;
        why.hidden = false;
        showScore();
        why.scrollIntoView({ block: 'nearest' });
      }
      item.appendChild(options);
      item.appendChild(result);
      item.appendChild(why);
      list.appendChild(item);
    });
    container.appendChild(list);
    container.appendChild(score);
    showScore();
    // the round is read from its first question, not its last
    container.scrollIntoView({ block: 'start' });
  }
  window.qteQuiz = { render: render };
})();
`;

export const QUIZ_CSS = `.msg.quiz{white-space:normal}
.quiz-list{list-style:none;margin:10px 0 0;padding:0;display:flex;flex-direction:column;gap:14px}
.quiz-q{border-top:1px solid #dde3ea;padding-top:10px}
.quiz-num{margin:0;font-size:.85em;color:#555}
.quiz-text{margin:2px 0 8px;font-weight:600;white-space:pre-wrap;overflow-wrap:anywhere}
.quiz-options{display:grid;grid-template-columns:1fr;gap:8px}
.quiz-option{display:flex;gap:10px;align-items:flex-start;width:100%;min-height:48px;padding:10px 12px;text-align:left;font:inherit;color:#1b1b1b;background:#f6f9fc;border:2px solid #b7c6d8;border-radius:10px;cursor:pointer;overflow-wrap:anywhere}
.quiz-option:hover:not(:disabled){border-color:#0b5394;background:#eef4fb}
.quiz-option:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.quiz-option:disabled{cursor:default;opacity:1}
.quiz-letter{flex:0 0 auto;font-weight:700;min-width:1.4em}
.quiz-label{flex:1 1 auto;min-width:0}
.quiz-option.right{background:#e6f4ea;border-color:#1b7f3b;color:#0d4a22}
.quiz-option.right .quiz-letter::after{content:" ✓"}
.quiz-option.wrong{background:#fdecea;border-color:#c62828;color:#7a1313}
.quiz-option.wrong .quiz-letter::after{content:" ✗"}
.quiz-option:disabled:not(.right):not(.wrong){opacity:.65}
.quiz-result{margin:8px 0 0;font-weight:700}
.quiz-result.right{color:#1b7f3b}
.quiz-result.wrong{color:#c62828}
.quiz-why{margin:4px 0 0;padding:8px 10px;background:#f2f2f2;border-radius:6px;font-size:.92em;overflow-wrap:anywhere}
.quiz-score{margin:12px 0 0;font-weight:600}
.quiz-score.quiz-final{font-size:1.15em;color:#0b5394}
.quiz-again{margin-top:8px;font:inherit;padding:10px 16px;border:0;border-radius:8px;background:#0b5394;color:#fff;cursor:pointer}
@media (min-width:1000px){.quiz-options{grid-template-columns:1fr 1fr}}
body.large .quiz-option{min-height:64px}
@media print{.quiz-option{break-inside:avoid}.quiz-q{break-inside:avoid}}
`;
