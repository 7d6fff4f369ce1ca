// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of `c41ctl chat ollama+URL MODEL PROMPT --max-tokens N`: the official ollama
// client streaming one chat and writing each part's text to stdout as it comes.
// Prints "<N> tokens" (the parts that carried text) to stderr at the end.
//   node ollama-chat.mjs HOST_URL MODEL MAX_TOKENS
import { Ollama } from 'ollama';

const [host, model, maxTokens] = process.argv.slice(2);
const client = new Ollama({ host });
const stream = await client.chat({
  model,
  messages: [{ role: 'user', content: 'Write at length.' }],
  options: { num_predict: Number(maxTokens) },
  stream: true,
});
let tokens = 0;
for await (const part of stream) {
  const text = part.message?.content;
  if (text) {
    ++tokens;
    process.stdout.write(text);
  }
}
process.stdout.write('\n');
process.stderr.write(`${tokens} tokens\n`);
