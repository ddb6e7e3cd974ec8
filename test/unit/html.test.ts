import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlToText } from '../../server/src/core/posting/html';

/** What a decoded character becomes in the text: spaces collapse to one, invisible characters go. */
function asText(value: string): string {
  return value.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
}

suite('HTML postings: characters', () => {
  let namedReferences: Record<string, string> = {};
  suiteSetup(async () => {
    // The HTML5 list of named character references, from a package that is not the decoder's.
    namedReferences = (await import('character-entities')).characterEntities;
  });

  test('every named reference of the HTML5 list decodes', () => {
    const names = Object.keys(namedReferences);
    assert.ok(names.length > 2000, `${names.length} names`);
    const wrong: string[] = [];
    for (const name of names) {
      const { text } = htmlToText(`<p>x&${name};y</p>`);
      const expected = asText(`x${namedReferences[name]!}y`);
      if (text !== expected) wrong.push(`&${name}; gave ${JSON.stringify(text)}`);
    }
    assert.deepEqual(wrong.slice(0, 10), []);
  });

  test('numeric references, legacy references without a semicolon, and text that only looks like one', () => {
    assert.equal(htmlToText('<p>&#x1F600; &#65;&#x42; &copy 2025 &notit; AT&T &amp;c</p>').text, '😀 AB © 2025 ¬it; AT&T &c');
  });

  test('the soft hyphen and zero-width characters do not split words; no-break and en spaces are spaces', () => {
    assert.equal(htmlToText('<p>orga&shy;nization&#8203;al&nbsp;and&ensp;fiscal&emsp;&emsp;control</p>').text, 'organizational and fiscal control');
  });

  test('attribute text never leaks', () => {
    const html = '<p title="a > b" data-x=\'<h1>Fake</h1>\' alt=x>Real text</p><img alt="Seal > of agency" src="a.png"><a href="/x?a=1&b=<2>">link</a>';
    assert.equal(htmlToText(html).text, 'Real text\n\nlink');
  });

  test('navigation, hidden elements and scripts are dropped, whatever they contain', () => {
    const html = '<nav><ul><li>Home</li><li>Search jobs</li></ul></nav><div hidden><h1>Hidden</h1></div><span style="display: none">x</span><script>if (a < b) { document.write("<h1>no</h1>"); }</script><h1>Director, Office of Science</h1>';
    assert.equal(htmlToText(html).text, '# Director, Office of Science');
  });

  test('bold runs are marked, so a bold line reads as a heading; empty ones leave nothing', () => {
    assert.equal(htmlToText('<p><strong>Technical Qualifications</strong></p><p><b> </b>1. Leads</p>').text, '**Technical Qualifications**\n\n1. Leads');
    assert.equal(htmlToText('<p><b>MTQ 1: </b>Demonstrated experience</p>').text, '**MTQ 1:** Demonstrated experience');
  });

  test('lists keep their numbering, from the start attribute too', () => {
    assert.equal(htmlToText('<ol start="3"><li>Three</li><li>Four</li></ol><ul><li>Dot</li></ul>').text, '3. Three\n\n4. Four\n\n- Dot');
  });

  test('every character maps back to the source character it came from', () => {
    const html =
      '<!DOCTYPE html><html><body><div class="usajobs-joa-banner"><h1 class="x">Deputy&nbsp;Director</h1><p>Department of the Interior &ndash; Bureau&#39;s Office</p></div>' +
      '<h2 id="qual">Qualifications</h2><ul><li><strong>MTQ&nbsp;1:</strong> Leads <em>wildland</em> fire&#8209;programs.</li></ul></body></html>';
    const { text, toSource } = htmlToText(html);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (/[\s#*\-\d.]/.test(ch)) continue; // markup the converter writes
      const at = toSource(i);
      assert.ok(html[at] === ch || html[at] === '&', `"${ch}" at ${i} maps to "${html[at]}"`);
    }
  });

  test('any input: no throw, offsets within the source and never decreasing', () => {
    const pieces = fc.constantFrom('<p>', '</p>', '<h2>', '</h2>', '<li>', '<b>', '</b>', '&amp;', '&shy;', '&#x1F600;', '&', '<', '>', '"', "'", 'text ', '\n', '<br>', '<script>', '</script>', '<!--', '-->', '<nav>', '</nav>', 'é', '😀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        const { text, toSource } = htmlToText(html);
        let last = 0;
        for (let i = 0; i <= text.length; i++) {
          const at = toSource(i);
          assert.ok(at >= 0 && at <= html.length);
          assert.ok(at >= last, `offset ${i} goes back`);
          last = at;
        }
      }),
      { numRuns: 300 },
    );
  });
});
