// Server text is shown as a detail only: one clean line of plain text, secrets redacted, at most 500 characters.
import { describe, expect, it } from 'vitest';
import { MAX_SERVER_MESSAGE_LENGTH, toPlainServerText } from '../../src/core/errors/plain-text';

describe('toPlainServerText', () => {
  it('turns any server text into one clean line of at most 500 characters', () => {
    expect(toPlainServerText('  a\n\tb\u202e c  ')).toBe('a b c');
    expect(toPlainServerText('<p>x</p>')).toBe('x');
    expect(toPlainServerText('   ')).toBeUndefined();
    expect(MAX_SERVER_MESSAGE_LENGTH).toBe(500);
    expect(toPlainServerText('y'.repeat(600))!.length).toBe(MAX_SERVER_MESSAGE_LENGTH);
  });

  it('redacts a key the server echoes back', () => {
    expect(toPlainServerText('bad ApiKey=mx0vglABCDEF1234567890')).toBe('bad ApiKey=[redacted]');
  });
});
