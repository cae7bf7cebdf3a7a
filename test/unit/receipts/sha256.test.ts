import { expect } from '@open-wc/testing';
import { sha256Hex } from '../../../src/engine/receipts/sha256.js';

/** The browser's own SHA-256, where it exists (here: a secure context), for comparison. */
async function subtleSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('sha256Hex (the receipts\' own SHA-256, which works without crypto.subtle)', () => {
  // FIPS 180-4 examples and NIST's test vectors.
  const vectors: Array<[name: string, text: string, hash: string]> = [
    ['the empty text', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc" (one block)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['448 bits (padding spills into a second block)', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      '896 bits',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a million "a"s', 'a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ];
  for (const [name, text, hash] of vectors) {
    it(`matches the standard's vector for ${name}`, () => {
      expect(sha256Hex(text)).to.equal(hash);
    });
  }

  it('hashes the UTF-8 bytes of the text (å, ö and emoji included)', async () => {
    for (const text of ['Godkänn alla', 'Neka alla — ändå?', '🍪 Kakor', '\u0000\uffff']) {
      expect(sha256Hex(text), text).to.equal(await subtleSha256(text));
    }
  });

  it('agrees with crypto.subtle at every length around the block boundaries', async () => {
    for (let length = 0; length <= 130; length++) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
      expect(sha256Hex(text), `length ${length}`).to.equal(await subtleSha256(text));
    }
  });

  it('agrees with crypto.subtle on random texts', async () => {
    for (let round = 0; round < 50; round++) {
      const codes = crypto.getRandomValues(new Uint16Array(1 + (round * 37) % 500));
      // Lone surrogates are not text a page shows; keep to the Basic Multilingual Plane's characters.
      const text = String.fromCharCode(...Array.from(codes, (code) => (code >= 0xd800 && code < 0xe000 ? 0x41 : code)));
      expect(sha256Hex(text)).to.equal(await subtleSha256(text));
    }
  });
});
