"""From decrypted dataset rows to training batches, in memory only.

* Chat rows are rendered with the base model's own chat template; the loss covers the assistant
  turns only (their content and the end-of-turn tokens that follow, so the model learns to stop).
  Spans are found by rendering each prefix of the conversation and mapping character offsets to
  tokens. A template that cannot render a row (e.g. it refuses a system role) is an error naming
  the dataset row.
* Instruction rows become a user/assistant exchange (or, without a chat template, a plain
  "### Instruction / ### Response" prompt); the loss covers the response.
* Text rows are continued pre-training: documents joined with EOS and cut into full sequences.

Packing puts several examples into one sequence (first-fit decreasing) with position ids that
restart at each example and a block-diagonal causal attention mask, so no token attends across
examples: the loss equals that of the examples trained one by one (tested), without the
padding a batch of variable-length rows would carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appliance.errors import InvalidInputError, TemplateRenderError  # noqa: F401

IGNORE = -100


@dataclass
class Example:
    input_ids: list[int]
    labels: list[int]
    source: str = ""  # "dataset-id:row" for error messages


@dataclass
class EncodeStats:
    examples: int = 0
    truncated: int = 0
    dropped_no_target: int = 0
    label_tokens: int = 0
    tokens: int = 0
    warnings: list[str] = field(default_factory=list)


def _render(tokenizer, messages, **kw) -> str:
    return tokenizer.apply_chat_template(messages, tokenize=False, **kw)


def _chat_spans(tokenizer, messages: list[dict], where: str) -> tuple[str, list[tuple[int, int]]]:
    """The rendered conversation and the character spans of the assistant turns."""
    from jinja2 import TemplateError

    try:
        full = _render(tokenizer, messages)
        spans = []
        cursor = 0
        for i, m in enumerate(messages):
            if m["role"] != "assistant":
                continue
            start_text = _render(tokenizer, messages[:i], add_generation_prompt=True)
            end_text = _render(tokenizer, messages[: i + 1])
            if full.startswith(start_text) and full.startswith(end_text) and len(start_text) <= len(end_text):
                spans.append((len(start_text), len(end_text)))
                cursor = len(end_text)
            else:  # a template whose prefixes are not prefixes of the whole: find the content instead
                pos = full.find(m["content"], cursor)
                if pos < 0:
                    raise TemplateRenderError(
                        f"{where}: the chat template does not reproduce the assistant's text.",
                        hint="The model's chat template rewrites messages; use another base.",
                    )
                end = pos + len(m["content"])
                eos = tokenizer.eos_token or ""
                tail = full.find(eos, end) if eos else -1
                spans.append((pos, tail + len(eos) if tail >= 0 else end))
                cursor = spans[-1][1]
    except TemplateError as exc:
        raise TemplateRenderError(
            f"{where}: the base model's chat template cannot render this conversation ({exc}).",
            hint="Check the roles this model accepts (some refuse a system message or need strict user/assistant "
            "alternation), fix the rows, and import the dataset again.",
        ) from exc
    return full, spans


def encode_chat(tokenizer, messages: list[dict], seq_len: int, where: str, stats: EncodeStats) -> Example | None:
    text, spans = _chat_spans(tokenizer, messages, where)
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offsets = enc["input_ids"], enc["offset_mapping"]
    labels = []
    for tok, (a, _b) in zip(ids, offsets, strict=True):
        labels.append(tok if any(s <= a < e for s, e in spans) else IGNORE)
    return _finish(ids, labels, seq_len, where, stats)


def encode_plain(tokenizer, prompt: str, answer: str, seq_len: int, where: str, stats: EncodeStats) -> Example:
    p = tokenizer(prompt, add_special_tokens=True)["input_ids"]
    a = tokenizer(answer, add_special_tokens=False)["input_ids"] + (
        [tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else []
    )
    return _finish(p + a, [IGNORE] * len(p) + a, seq_len, where, stats)


def _finish(ids, labels, seq_len, where, stats: EncodeStats) -> Example | None:
    if len(ids) > seq_len:
        ids, labels = ids[:seq_len], labels[:seq_len]
        stats.truncated += 1
    if all(x == IGNORE for x in labels[1:]):
        stats.dropped_no_target += 1
        return None
    stats.examples += 1
    stats.tokens += len(ids)
    stats.label_tokens += sum(1 for x in labels[1:] if x != IGNORE)
    return Example(ids, labels, where)


def _long_text_ids(tokenizer, text: str) -> list[int]:
    """A text row's ids; it is cut into sequence-length blocks, so transformers' warning about a
    row longer than the model's context does not apply."""
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        return tokenizer(text, add_special_tokens=False)["input_ids"]
    finally:
        hf_logging.set_verbosity(verbosity)


def encode_records(tokenizer, records: list[tuple[str, dict]], seq_len: int) -> tuple[list[Example], EncodeStats]:
    """``records``: (where, row) pairs. Returns examples (text rows become full sequences)."""
    stats = EncodeStats()
    out: list[Example] = []
    text_ids: list[int] = []
    has_template = bool(getattr(tokenizer, "chat_template", None))
    for where, rec in records:
        if "messages" in rec:
            if not has_template:
                raise TemplateRenderError(
                    f"{where}: chat data needs a chat template and the base model has none.",
                    hint="Use a base model with a chat template, or instruction/text data.",
                )
            ex = encode_chat(tokenizer, rec["messages"], seq_len, where, stats)
        elif "instruction" in rec:
            user = rec["instruction"] + (f"\n\n{rec['input']}" if rec.get("input") else "")
            if has_template:
                ex = encode_chat(
                    tokenizer,
                    [{"role": "user", "content": user}, {"role": "assistant", "content": rec["output"]}],
                    seq_len,
                    where,
                    stats,
                )
            else:
                ex = encode_plain(
                    tokenizer, f"### Instruction:\n{user}\n\n### Response:\n", rec["output"], seq_len, where, stats
                )
        else:
            text_ids += _long_text_ids(tokenizer, rec["text"])
            if tokenizer.eos_token_id is not None:
                text_ids.append(tokenizer.eos_token_id)
            continue
        if ex is not None:
            out.append(ex)
    for i in range(0, len(text_ids), seq_len):
        block = text_ids[i : i + seq_len]
        if len(block) > 1:
            ex = _finish(block, list(block), seq_len, f"text block {i // seq_len}", stats)
            if ex is not None:
                out.append(ex)
    return out, stats


def pack(examples: list[Example], seq_len: int, enabled: bool = True) -> list[list[Example]]:
    """First-fit decreasing into bins of ``seq_len`` tokens (one example per bin if disabled).

    Deterministic: the order depends only on the examples (ties keep their input order).
    """
    if not enabled:
        return [[e] for e in examples]
    order = sorted(range(len(examples)), key=lambda i: (-len(examples[i].input_ids), i))
    bins: list[list[Example]] = []
    room: list[int] = []
    for i in order:
        n = len(examples[i].input_ids)
        for b, free in enumerate(room):
            if n <= free:
                bins[b].append(examples[i])
                room[b] -= n
                break
        else:
            bins.append([examples[i]])
            room.append(seq_len - n)
    return bins


def collate(groups: list[list[Example]], pad_id: int):
    """Tensors for one micro-batch.

    A batch of single examples is right-padded with no mask at all: causal attention already
    keeps every real token from seeing the padding after it, so the fastest (causal) attention
    kernel runs. A batch with packed groups gets position ids that restart at each example and
    a 4D boolean mask (True = may attend): causal within an example, nothing across examples.
    ``labels`` hold the next token of the same example at each position (-100: no target).
    """
    import torch

    packed = any(len(g) > 1 for g in groups)
    length = max(sum(len(e.input_ids) for e in g) for g in groups)
    b = len(groups)
    input_ids = torch.full((b, length), pad_id, dtype=torch.long)
    labels = torch.full((b, length), IGNORE, dtype=torch.long)
    position_ids = torch.zeros((b, length), dtype=torch.long)
    segment = torch.full((b, length), -1, dtype=torch.long)
    real = 0
    for r, group in enumerate(groups):
        pos = 0
        for s_, e in enumerate(group):
            n = len(e.input_ids)
            input_ids[r, pos : pos + n] = torch.tensor(e.input_ids)
            labels[r, pos : pos + n] = torch.tensor(e.labels[1:] + [IGNORE])
            position_ids[r, pos : pos + n] = torch.arange(n)
            segment[r, pos : pos + n] = s_
            pos += n
            real += n
    batch = {
        "input_ids": input_ids,
        "labels": labels,
        "real_tokens": real,
        "label_tokens": int((labels != IGNORE).sum()),
        "attention_mask": None,
        "position_ids": None,
    }
    if packed:
        same = segment[:, :, None] == segment[:, None, :]
        causal = torch.ones(length, length, dtype=torch.bool).tril()
        allowed = same & causal[None] & (segment[:, :, None] >= 0)
        allowed |= torch.eye(length, dtype=torch.bool)[None]  # padding attends to itself: finite softmax
        batch["attention_mask"] = allowed[:, None]
        batch["position_ids"] = position_ids
    return batch


def length_grouped(examples: list[Example], batch_size: int) -> list[list[int]]:
    """Micro-batches of similar-length examples (indices), longest first: little padding."""
    order = sorted(range(len(examples)), key=lambda i: (-len(examples[i].input_ids), i))
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
