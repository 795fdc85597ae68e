// Principle Lens embed helper, for the pages that host it (served as embed.js).
// Sizes every <iframe data-principle-lens> to its content, re-dispatches the
// frame's messages as events on the iframe ("principle-lens:ready",
// "principle-lens:height", "principle-lens:error"), and lets the page switch
// what a frame shows:
//   PrincipleLens.show(iframe, { speech: 'zhang-jun-unsc-2021', principles: ['multilateralism'] });
// It listens only to its own frames, from their own origin. Protocol version 1:
// see docs/embedding.md.
(() => {
  const VERSION = 1;
  const origin = (frame) => new URL(frame.src, location.href).origin;
  window.addEventListener('message', (event) => {
    const frame = [...document.querySelectorAll('iframe[data-principle-lens]')].find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || event.origin !== origin(frame) || !data || typeof data !== 'object' || data.version !== VERSION) return;
    if (typeof data.type !== 'string' || !data.type.startsWith('principle-lens:')) return;
    if (data.type === 'principle-lens:height' && Number.isFinite(data.height) && data.height > 0) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    }
    frame.dispatchEvent(new CustomEvent(data.type, { detail: data }));
  });
  window.PrincipleLens = {
    version: VERSION,
    show(frame, { speech, principles } = {}) {
      frame.contentWindow.postMessage({ type: 'principle-lens:show', version: VERSION, speech, principles }, origin(frame));
    },
  };
})();
