// Shared by every page (fragments/layout :: head).
document.addEventListener('DOMContentLoaded', () => {
  // htmx requests carry the CSRF token the page was rendered with.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener('htmx:configRequest', event => {
      event.detail.headers[header.content] = token.content;
    });
  }
  // Mark the navigation link of the page we are on.
  document.querySelectorAll('#mainNav .navbar-nav:first-child .nav-link').forEach(link => {
    const path = new URL(link.href).pathname;
    if (path !== '/' && location.pathname.startsWith(path)) {
      link.classList.add('active');
      link.setAttribute('aria-current', 'page');
    }
  });
});
