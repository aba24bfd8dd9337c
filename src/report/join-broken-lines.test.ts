import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from './join-broken-lines.js';

describe('joinBrokenLines', () => {
  it('joins a run of <br /> lines until a sentence ends', () => {
    expect(
      joinBrokenLines('explosions with no reported<br />\n\ncivilian casualties.<br />\n\nOn July 11, a blast<br />'),
    ).toEqual('explosions with no reported civilian casualties.\n\nOn July 11, a blast\n');
  });

  it('starts a new paragraph at a heading even when the previous line was cut', () => {
    expect(
      joinBrokenLines('the group was<br />\nCountering Terrorist Finance: Kazakhstan is<br />\na member.<br />'),
    ).toEqual('the group was\n\nCountering Terrorist Finance: Kazakhstan is a member.\n');
  });

  it('leaves text without <br /> alone', () => {
    expect(joinBrokenLines('One.\nTwo')).toEqual('One.\nTwo');
  });
});

describe('edge cases', () => {
  it('rejoins a word hyphenated across lines and splits a <br /> inside a line', () => {
    expect(joinBrokenLines('counter-<br />terrorism units.<br />Next line.<br />')).toEqual(
      'counter-terrorism units.\n\nNext line.\n',
    );
  });

  it('ends the run with a last line that has no <br /> (an excerpt cut there)', () => {
    expect(joinBrokenLines('approved new<br />\n\nlegislation intended to regulat')).toEqual(
      'approved new legislation intended to regulat\n',
    );
  });
});
