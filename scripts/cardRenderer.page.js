/* global AdaptiveCards, document, window, getComputedStyle, NodeFilter */
/**
 * Runs inside the Chromium page of scripts/cardRenderer.ts (plain JavaScript, loaded as text): renders cards with
 * Microsoft's Adaptive Cards library and measures what a person would see. Not imported by Node.
 */
(function () {
  'use strict';

  // ---- Markdown as Teams renders it in a TextBlock (a CommonMark subset): paragraphs split on a blank line; inside
  // a paragraph, list lines ("- ", "* ", "1. ") are list items and every other single newline is a space; inline:
  // backslash escapes, **bold**, _italic_ / *italic*, [text](url), and the entity &lt;.
  var ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
  function html(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  function inline(src) {
    var kept = [];
    var s = src.replace(ESCAPABLE, function (_m, c) {
      kept.push(c);
      return '\u0000' + (kept.length - 1) + '\u0000';
    });
    s = html(s.replace(/&lt;/g, '<').replace(/&amp;/g, '&'));
    s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
    s = s.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
    s = s.replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1<em>$2</em>');
    s = s.replace(/(^|[^\w])_(?!\s)(.+?)_(?!\w)/g, '$1<em>$2</em>');
    return s.replace(/\u0000(\d+)\u0000/g, function (_m, i) {
      return html(kept[Number(i)]);
    });
  }
  function markdown(text) {
    var out = [];
    text
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .forEach(function (block) {
        var items = [];
        var kind = null;
        var para = [];
        var flush = function () {
          if (para.length > 0) out.push('<p>' + inline(para.join(' ')) + '</p>');
          para = [];
          if (items.length > 0) out.push('<' + kind + '>' + items.map(function (i) { return '<li>' + inline(i) + '</li>'; }).join('') + '</' + kind + '>');
          items = [];
          kind = null;
        };
        block.split('\n').forEach(function (line) {
          var bullet = /^\s{0,3}[-*+]\s+(.*)$/.exec(line);
          var ordered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/.exec(line);
          var m = bullet || ordered;
          if (m) {
            var k = bullet ? 'ul' : 'ol';
            if (para.length > 0 || kind !== k) flush();
            kind = k;
            items.push(m[1]);
          } else if (items.length > 0) {
            items[items.length - 1] += ' ' + line.trim();
          } else {
            para.push(line.trim());
          }
        });
        flush();
      });
    return out.join('');
  }

  window.renderCards = function (input) {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
      result.outputHtml = markdown(text);
      result.didProcess = true;
    };
    var out = document.getElementById('out');
    out.innerHTML = '';
    input.items.forEach(function (item) {
      var box = document.createElement('div');
      box.className = item.card !== undefined ? 'card' : item.kind === 'question' ? 'question' : 'text';
      if (item.label) box.setAttribute('data-label', item.label);
      if (item.card !== undefined) {
        var card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = new AdaptiveCards.HostConfig(input.hostConfig);
        card.parse(item.card);
        box.appendChild(card.render());
      } else {
        box.textContent = item.text || '';
      }
      out.appendChild(box);
    });
  };

  // ---- Measuring: button labels that overflow, buttons per card, text contrast (WCAG 2.1).
  function parseColor(value) {
    var m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return null;
    var p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function over(top, under) {
    var a = top.a;
    return { r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a), a: 1 };
  }
  function background(el, pageBg) {
    var layers = [];
    for (var n = el; n && n.nodeType === 1; n = n.parentElement) {
      var c = parseColor(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    var bg = pageBg;
    for (var i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  }
  function luminance(c) {
    var f = function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }
  function ratio(a, b) {
    var la = luminance(a);
    var lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function hex(c) {
    return '#' + [c.r, c.g, c.b].map(function (v) { return Math.round(v).toString(16).padStart(2, '0'); }).join('');
  }
  function visible(el) {
    if (!el.getClientRects().length) return false;
    var s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  }

  window.measureCards = function (pageBgCss) {
    var pageBg = parseColor(pageBgCss) || { r: 255, g: 255, b: 255, a: 1 };
    var results = [];
    document.querySelectorAll('#out > .card').forEach(function (box) {
      var problems = { overflow: [], buttons: 0, buttonLabels: [], contrast: [] };
      var boxRect = box.getBoundingClientRect();
      box.querySelectorAll('.ac-pushButton').forEach(function (button) {
        if (!visible(button)) return;
        problems.buttons++;
        var label = (button.getAttribute('aria-label') || button.textContent || '').trim();
        problems.buttonLabels.push(label);
        var titles = Array.prototype.filter.call(button.children, function (c) { return c.tagName === 'DIV'; });
        var title = titles[titles.length - 1] || button;
        var r = button.getBoundingClientRect();
        if (title.scrollWidth > title.clientWidth + 1) {
          problems.overflow.push(label + ' (' + title.scrollWidth + ' px of text in ' + title.clientWidth + ' px)');
        } else if (r.right > boxRect.right + 0.5 || r.left < boxRect.left - 0.5) {
          problems.overflow.push(label + ' (button past the edge of the card)');
        }
      });
      box.querySelectorAll('.ac-textBlock').forEach(function (block) {
        if (visible(block) && block.scrollWidth > block.clientWidth + 1) {
          problems.overflow.push('text "' + block.textContent.trim().slice(0, 40) + '" (' + block.scrollWidth + ' px of text in ' + block.clientWidth + ' px)');
        }
      });
      var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      var seen = new Set();
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var el = node.parentElement;
        if (!el || seen.has(el) || !node.textContent.trim() || !visible(el)) continue;
        seen.add(el);
        var style = getComputedStyle(el);
        var bg = background(el, pageBg);
        var fg = parseColor(style.color);
        if (!fg) continue;
        var shown = over(fg, bg);
        var size = parseFloat(style.fontSize);
        var bold = Number(style.fontWeight) >= 700;
        var needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        var r2 = ratio(shown, bg);
        if (r2 < needed) {
          problems.contrast.push('"' + node.textContent.trim().slice(0, 50) + '": ' + r2.toFixed(2) + ':1 (' + hex(shown) + ' on ' + hex(bg) + ', needs ' + needed + ':1)');
        }
      }
      results.push(Object.assign({ label: box.getAttribute('data-label') || '' }, problems));
    });
    return results;
  };
})();
