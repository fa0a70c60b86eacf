// The rule authors' DRL editor: CodeMirror 5 with line numbers and a small DRL mode; a link to a
// compile error (data-file, data-line) jumps to that line when it is in the file being edited.
(function () {
  CodeMirror.defineSimpleMode('drl', {
    start: [
      {regex: /\/\/.*/, token: 'comment'},
      {regex: /\/\*/, token: 'comment', next: 'comment'},
      {regex: /"(?:[^\\"]|\\.)*"/, token: 'string'},
      {regex: /\b(?:rule|when|then|end|package|import|function|global|declare|query|salience|activation-group|agenda-group|no-loop|lock-on-active|dialect|not|exists|and|or|eval|contains|matches|memberOf|from|collect|accumulate|forall|null|true|false)\b/, token: 'keyword'},
      {regex: /\$[A-Za-z_]\w*/, token: 'variable-2'},
      {regex: /\b\d+(?:\.\d+)?\b/, token: 'number'},
      {regex: /\b[A-Z]\w*\b/, token: 'type'}
    ],
    comment: [
      {regex: /.*?\*\//, token: 'comment', next: 'start'},
      {regex: /.*/, token: 'comment'}
    ],
    meta: {lineComment: '//'}
  });

  var textarea = document.getElementById('editor');
  if (!textarea) {
    return;
  }
  var editor = CodeMirror.fromTextArea(textarea, {
    lineNumbers: true,
    mode: /\.drl$/.test(document.getElementById('file-form').elements.path.value) ? 'drl' : null,
    readOnly: textarea.dataset.readonly === 'true',
    indentUnit: 4
  });
  editor.setSize(null, '32rem');
  window.drlEditor = editor;

  function jumpTo(line) {
    if (!line || line < 1) {
      return;
    }
    editor.focus();
    editor.setCursor({line: line - 1, ch: 0});
    editor.addLineClass(line - 1, 'background', 'cm-error-line');
    editor.scrollIntoView({line: line - 1, ch: 0}, 120);
  }

  var fromHash = /^#L(\d+)$/.exec(window.location.hash);
  if (fromHash) {
    jumpTo(parseInt(fromHash[1], 10));
  }
  var current = document.getElementById('file-form').elements.path.value;
  document.querySelectorAll('.problem-link').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (link.dataset.file === current) {
        event.preventDefault();
        jumpTo(parseInt(link.dataset.line, 10));
      }
    });
  });
})();
