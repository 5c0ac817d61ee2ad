// The narration renderer: a small Markdown subset, with every piece of source text escaped.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../client/classroom/markdown.ts';

describe('renderMarkdown', () => {
  it('renders paragraphs, bold, italic and lists', () => {
    expect(renderMarkdown('One **bold** and *italic*\nline.\n\nTwo.')).toBe('<p>One <strong>bold</strong> and <em>italic</em> line.</p>\n<p>Two.</p>');
    expect(renderMarkdown('Items:\n\n- first\n- *second*\n\n1. one\n2. two')).toBe('<p>Items:</p>\n<ul><li>first</li><li><em>second</em></li></ul>\n<ol><li>one</li><li>two</li></ol>');
  });

  it('links only to http(s) URLs, opening in a new tab without an opener', () => {
    expect(renderMarkdown('See [the report](https://example.org/a?b=1&c=2).')).toBe(
      '<p>See <a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the report</a>.</p>');
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
    expect(renderMarkdown('[x](/relative)')).toBe('<p>[x](/relative)</p>');
  });

  it('escapes HTML everywhere, so narration can never inject markup', () => {
    const out = renderMarkdown('<script>alert(1)</script> **<img src=x onerror=alert(1)>** [<b>t</b>](https://e.org/"onmouseover=x)');
    expect(out).not.toMatch(/<(script|img|b)\b/);
    expect(out).toContain('&lt;script&gt;');
    expect(out).not.toContain('"onmouseover');
  });

  it('leaves lone asterisks and arithmetic alone', () => {
    expect(renderMarkdown('2 * 3 * 4')).toBe('<p>2 * 3 * 4</p>');
    expect(renderMarkdown('')).toBe('');
  });
});
