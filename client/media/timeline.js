// The Timeline webview's script: posts the user's clicks to the extension, which does the rest
// (opening an article, filtering). It builds no HTML of its own.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('entity'));
  select?.addEventListener('change', () => vscode.postMessage({ type: 'filter', entity: select.value || undefined }));
  document.addEventListener('click', (ev) => {
    const target = /** @type {HTMLElement | null} */ (ev.target instanceof HTMLElement ? ev.target.closest('button') : null);
    if (!target) return;
    if (target.classList.contains('entity')) vscode.postMessage({ type: 'filter', entity: target.dataset.entity });
    else if (target.classList.contains('open')) vscode.postMessage({ type: 'open', index: Number(target.dataset.index) });
  });
  // Keep the scroll position across re-renders (the extension replaces the page when the index changes).
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });
})();
