// The case page's upload form (casefile/attachments.html): a file dropped on the zone is put into the
// file input, and a file over the size limit is refused here before it is sent (the server checks again).
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('attachment-form');
  if (!form) {
    return;
  }
  const drop = document.getElementById('attachment-drop');
  const input = document.getElementById('attachment-file');
  const problem = document.getElementById('attachment-problem');
  const maxBytes = Number(form.dataset.maxBytes);

  const check = () => {
    const file = input.files[0];
    const tooLarge = file !== undefined && file.size > maxBytes;
    problem.hidden = !tooLarge;
    problem.textContent = tooLarge ? form.dataset.tooLarge : '';
    if (file !== undefined) {
      drop.textContent = file.name;
    }
    return !tooLarge;
  };

  ['dragenter', 'dragover'].forEach(type => drop.addEventListener(type, event => {
    event.preventDefault();
    drop.classList.add('border-primary');
  }));
  ['dragleave', 'drop'].forEach(type => drop.addEventListener(type, () => drop.classList.remove('border-primary')));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    if (event.dataTransfer.files.length > 0) {
      input.files = event.dataTransfer.files;
      check();
    }
  });
  input.addEventListener('change', check);
  form.addEventListener('submit', event => {
    if (!check()) {
      event.preventDefault();
    }
  });
});
