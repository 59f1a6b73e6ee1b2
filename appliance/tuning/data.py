"""From decrypted dataset rows to training batches, in memory only.

* Chat rows are rendered with the base model's own chat template; the loss covers the assistant
  turns only (their content and the end-of-turn tokens that follow, so the model learns to stop).
  Spans are found by rendering each prefix of the conversation and mapping character offsets to
  tokens. A template that cannot render a row (e.g. it refuses a system role) is an error naming
  the dataset row.
* Instruction rows become a user/assistant exchange (or, without a chat template, a plain
  "### Instruction / ### Response" prompt); the loss covers the response.
* Text rows are continued pre-training: documents joined with EOS and cut into full sequences.

A row's own text never becomes a control token: the Hugging Face tokenizer matches its special
tokens anywhere in a string, so a message containing ``<|im_end|>`` would close its turn and
``<|im_start|>system`` open a system turn. Row text is tokenized with special tokens split
(``split_special_tokens``), and in a rendered chat only the markers the template itself wrote are
special (``_tokenize_protected``); rows without such text tokenize exactly as before.

Packing puts several examples into one sequence (first-fit decreasing) with position ids that
restart at each example and a block-diagonal causal attention mask, so no token attends across
examples: the loss equals that of the examples trained one by one (tested), without the
padding a batch of variable-length rows would carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appliance.errors import InvalidInputError, TemplateRenderError  # noqa: F401
from appliance.messages import M

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
                        M(
                            "train.template_rewrites",
                            "{where}: the chat template does not reproduce the assistant's text.",
                            where=where,
                        ),
                        hint=M(
                            "train.template_rewrites.hint",
                            "The model's chat template rewrites messages; use another base.",
                        ),
                    )
                end = pos + len(m["content"])
                eos = tokenizer.eos_token or ""
                tail = full.find(eos, end) if eos else -1
                spans.append((pos, tail + len(eos) if tail >= 0 else end))
                cursor = spans[-1][1]
    except TemplateError as exc:
        raise TemplateRenderError(
            M(
                "train.template_error",
                "{where}: the base model's chat template cannot render this conversation ({error}).",
                where=where,
                error=str(exc),
            ),
            hint=M(
                "train.template_error.hint",
                "Check the roles this model accepts (some refuse a system message or need strict user/assistant "
                "alternation), fix the rows, and import the dataset again.",
            ),
        ) from exc
    return full, spans


def special_tokens(tokenizer) -> dict[str, int]:
    """The tokenizer's special tokens (text → id): what must never come from a row's own text."""
    out = {t.content: i for i, t in (getattr(tokenizer, "added_tokens_decoder", None) or {}).items() if t.special}
    for t in tokenizer.all_special_tokens:
        out.setdefault(t, tokenizer.convert_tokens_to_ids(t))
    return {k: v for k, v in out.items() if k and v is not None}


_MARK = "\ue000{}\ue001"  # private-use characters around a message's index: where its content goes


def _content_spans(tokenizer, messages: list[dict], full: str) -> list[tuple[int, int]] | None:
    """The character span of each message's content in ``full`` (the rendered conversation), found
    by rendering the conversation with a marker in place of each content; None when the template
    does not copy contents verbatim (it trims or rewrites them)."""
    import re

    from jinja2 import TemplateError

    try:
        marked = _render(tokenizer, [dict(m, content=_MARK.format(i)) for i, m in enumerate(messages)])
    except TemplateError:
        return None
    spans, built = [], ""
    for part in re.split("(\ue000\\d+\ue001)", marked):
        hit = re.fullmatch("\ue000(\\d+)\ue001", part)
        if hit and int(hit.group(1)) < len(messages):
            content = messages[int(hit.group(1))]["content"]
            spans.append((len(built), len(built) + len(content)))
            built += content
        else:
            built += part
    return spans if built == full else None


def _tokenize_protected(tokenizer, text: str, protected: list[tuple[int, int]], specials: dict[str, int]):
    """Ids and character offsets of ``text``, where special tokens count only outside the
    ``protected`` spans (a row's own text): the same split at special tokens the tokenizer makes,
    with each piece between them tokenized as plain text."""
    import re

    pattern = re.compile("|".join(re.escape(s) for s in sorted(specials, key=len, reverse=True)))
    ids: list[int] = []
    offsets: list[tuple[int, int]] = []

    def plain(a: int, b: int) -> None:
        if a < b:
            enc = tokenizer(text[a:b], add_special_tokens=False, return_offsets_mapping=True, split_special_tokens=True)
            ids.extend(enc["input_ids"])
            offsets.extend((x + a, y + a) for x, y in enc["offset_mapping"])

    pos = 0
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in protected):
            continue
        plain(pos, m.start())
        ids.append(specials[m.group()])
        offsets.append(m.span())
        pos = m.end()
    plain(pos, len(text))
    return ids, offsets


def _has_literal(text: str, specials: dict[str, int]) -> bool:
    return any(s in text for s in specials)


def tokenize_chat_text(tokenizer, messages: list[dict], text: str, where: str, specials=None):
    """Ids and offsets of a rendered conversation ``text`` in which the messages' contents are plain
    text (a literal ``<|im_end|>`` in a message stays text) and the template's markers are special."""
    specials = special_tokens(tokenizer) if specials is None else specials
    literal = next((i for i, m in enumerate(messages) if _has_literal(m["content"], specials)), None)
    if literal is None:  # nothing to protect: exactly the tokenizer's own result
        enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        return enc["input_ids"], enc["offset_mapping"]
    spans = _content_spans(tokenizer, messages, text)
    if spans is None:
        raise TemplateRenderError(
            M(
                "train.control_text",
                "{where}: messages[{index}] contains the text of a control token, and the base model's chat "
                "template rewrites message contents, so it cannot be kept as plain text.",
                where=where,
                index=literal,
            ),
            hint=M(
                "train.control_text.hint",
                "Remove the control-token text from the row (docs/datasets.md), or train on another base model.",
            ),
        )
    return _tokenize_protected(tokenizer, text, spans, specials)


def encode_chat(
    tokenizer, messages: list[dict], seq_len: int, where: str, stats: EncodeStats, specials=None
) -> Example | None:
    text, spans = _chat_spans(tokenizer, messages, where)
    ids, offsets = tokenize_chat_text(tokenizer, messages, text, where, specials)
    labels = []
    for tok, (a, _b) in zip(ids, offsets, strict=True):
        labels.append(tok if any(s <= a < e for s, e in spans) else IGNORE)
    return _finish(ids, labels, seq_len, where, stats)


def encode_plain(tokenizer, prompt: str, answer: str, seq_len: int, where: str, stats: EncodeStats) -> Example:
    p = tokenizer(prompt, add_special_tokens=True, split_special_tokens=True)["input_ids"]
    a = tokenizer(answer, add_special_tokens=False, split_special_tokens=True)["input_ids"] + (
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
        return tokenizer(text, add_special_tokens=False, split_special_tokens=True)["input_ids"]
    finally:
        hf_logging.set_verbosity(verbosity)


def encode_records(tokenizer, records: list[tuple[str, dict]], seq_len: int) -> tuple[list[Example], EncodeStats]:
    """``records``: (where, row) pairs. Returns examples (text rows become full sequences)."""
    stats = EncodeStats()
    out: list[Example] = []
    text_ids: list[int] = []
    has_template = bool(getattr(tokenizer, "chat_template", None))
    specials = special_tokens(tokenizer)
    for where, rec in records:
        if "messages" in rec:
            if not has_template:
                raise TemplateRenderError(
                    M(
                        "train.no_chat_template",
                        "{where}: chat data needs a chat template and the base model has none.",
                        where=where,
                    ),
                    hint=M(
                        "train.no_chat_template.hint",
                        "Use a base model with a chat template, or instruction/text data.",
                    ),
                )
            ex = encode_chat(tokenizer, rec["messages"], seq_len, where, stats, specials)
        elif "instruction" in rec:
            user = rec["instruction"] + (f"\n\n{rec['input']}" if rec.get("input") else "")
            if has_template:
                ex = encode_chat(
                    tokenizer,
                    [{"role": "user", "content": user}, {"role": "assistant", "content": rec["output"]}],
                    seq_len,
                    where,
                    stats,
                    specials,
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
