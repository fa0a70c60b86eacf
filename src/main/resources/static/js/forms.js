// Shared by every page (fragments/layout :: head): form helpers that need no inline script.
document.addEventListener('DOMContentLoaded', () => {
  // A long text box shows how much of its limit is used; past the limit the count turns red
  // (the text is kept: the server names the field, and nothing pasted is cut off silently).
  document.querySelectorAll('textarea[data-max-length]').forEach(box => {
    const max = Number(box.dataset.maxLength);
    const counter = document.createElement('div');
    counter.className = 'form-text text-end length-counter';
    counter.id = box.id ? box.id + '-length' : '';
    counter.setAttribute('aria-live', 'polite');
    box.setAttribute('aria-describedby', counter.id);
    const update = () => {
      const used = [...box.value].length;
      counter.textContent = used + ' / ' + max;
      counter.classList.toggle('text-danger', used > max);
      counter.classList.toggle('fw-bold', used > max);
    };
    box.addEventListener('input', update);
    box.insertAdjacentElement('afterend', counter);
    update();
  });

  // A submitted form shows it is busy and cannot be sent twice while the server works.
  document.querySelectorAll('form[method="post"], form[method="POST"]').forEach(form => {
    form.addEventListener('submit', event => {
      if (event.defaultPrevented || form.dataset.busy === 'true') {
        if (form.dataset.busy === 'true') {
          event.preventDefault();
        }
        return;
      }
      const button = event.submitter;
      // The clicked button's own name and value go with the form only while it is enabled.
      if (button && button.name) {
        const carried = document.createElement('input');
        carried.type = 'hidden';
        carried.name = button.name;
        carried.value = button.value;
        form.appendChild(carried);
      }
      form.dataset.busy = 'true';
      form.setAttribute('aria-busy', 'true');
      form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]').forEach(b => {
        b.disabled = true;
      });
      if (button) {
        button.classList.add('busy');
        const spinner = document.createElement('span');
        spinner.className = 'spinner-border spinner-border-sm ms-1 busy-spinner';
        spinner.setAttribute('aria-hidden', 'true');
        button.appendChild(spinner);
      }
    });
  });

  // Coming back with the browser's back button shows the page as it was left: enable it again.
  window.addEventListener('pageshow', event => {
    if (event.persisted) {
      document.querySelectorAll('form[data-busy="true"]').forEach(form => {
        delete form.dataset.busy;
        form.removeAttribute('aria-busy');
        form.querySelectorAll('button, input[type="submit"]').forEach(b => { b.disabled = false; });
        form.querySelectorAll('.busy-spinner').forEach(s => s.remove());
      });
    }
  });
});
