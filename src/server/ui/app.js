// src/server/ui/app.js — small progressive enhancement; every page works without it.
// Highlight layer toggles on the article page: unchecking a layer adds `hide-<layer>` to the text.
document.addEventListener('DOMContentLoaded', () => {
  const text = document.getElementById('article-text');
  for (const box of document.querySelectorAll('#layers input[data-layer]')) {
    box.addEventListener('change', () => {
      const layer = box.getAttribute('data-layer');
      if (text && layer && /^[a-z]+$/.test(layer)) text.classList.toggle('hide-' + layer, !box.checked);
    });
  }
});
