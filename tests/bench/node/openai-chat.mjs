// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of `c41ctl chat openai+URL MODEL PROMPT --max-tokens N`: the official openai
// client streaming one chat completion and writing each delta to stdout as it comes.
// Prints "<N> tokens" (the deltas that carried text) to stderr at the end.
//   node openai-chat.mjs BASE_URL MODEL MAX_TOKENS
import OpenAI from 'openai';

const [baseUrl, model, maxTokens] = process.argv.slice(2);
const client = new OpenAI({ baseURL: `${baseUrl.replace(/\/$/, '')}/v1`, apiKey: 'sk-bench' });
const stream = await client.chat.completions.create({
  model,
  messages: [{ role: 'user', content: 'Write at length.' }],
  max_tokens: Number(maxTokens),
  stream: true,
});
let tokens = 0;
for await (const chunk of stream) {
  const text = chunk.choices[0]?.delta?.content;
  if (text) {
    ++tokens;
    process.stdout.write(text);
  }
}
process.stdout.write('\n');
process.stderr.write(`${tokens} tokens\n`);
