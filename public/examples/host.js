/*
 * The embedding example's host side (reveal.html). It talks to the embedded scene with the embed
 * API's messages:
 *   to the frame:   { type: 'moa', command: 'next' | 'prev' | 'goto' | 'play' | 'pause' | 'set' |
 *                     'getState', step?, params?, t? }
 *   from the frame: { type: 'moa:state', scene, step, steps, t, playing, params, readouts }
 *
 * In a reveal.js deck (window.Reveal present when this file loads): fragments shown and hidden on
 * the slide that holds the frame are sent as `next` and `prev`, and a slide with data-moa-step="N"
 * sends `goto` N when it comes up (see the comment in reveal.html).
 */
(function () {
  'use strict';

  var frame = document.getElementById('scene');
  var out = document.getElementById('state');
  if (!frame || !frame.contentWindow) return;

  /** Send one command to the frame; `extra` adds step, params or t. */
  function send(command, extra) {
    var msg = { type: 'moa', command: command };
    if (extra) for (var k in extra) msg[k] = extra[k];
    frame.contentWindow.postMessage(msg, '*');
  }

  /** The latest state, for scripts on this page (and tests). */
  window.moaState = null;

  window.addEventListener('message', function (e) {
    // Only the frame's own reports, and only well-formed ones.
    if (e.source !== frame.contentWindow) return;
    var s = e.data;
    if (!s || typeof s !== 'object' || s.type !== 'moa:state') return;
    if (typeof s.step !== 'number' || typeof s.steps !== 'number' || typeof s.t !== 'number') {
      return;
    }
    window.moaState = s;
    if (out) {
      out.textContent =
        'step ' + s.step + ' of ' + s.steps + ', t = ' + s.t + (s.playing ? ' (playing)' : '');
    }
  });

  document.querySelectorAll('button[data-command]').forEach(function (b) {
    b.addEventListener('click', function () {
      send(b.getAttribute('data-command'));
    });
  });

  // Ask once the frame has loaded, in case its first report came before this listener.
  frame.addEventListener('load', function () {
    send('getState');
  });

  window.moaSend = send;

  var Reveal = window.Reveal;
  if (Reveal && typeof Reveal.on === 'function') {
    var onSlide = function (e) {
      return e && e.fragment && frame.closest && frame.closest('section') === Reveal.getCurrentSlide();
    };
    Reveal.on('fragmentshown', function (e) {
      if (onSlide(e)) send('next');
    });
    Reveal.on('fragmenthidden', function (e) {
      if (onSlide(e)) send('prev');
    });
    // A slide with data-moa-step="N" shows story step N when it comes up.
    Reveal.on('slidechanged', function (e) {
      var n = Number(e && e.currentSlide && e.currentSlide.getAttribute('data-moa-step'));
      if (Number.isInteger(n) && n >= 1) send('goto', { step: n });
    });
  }
})();
