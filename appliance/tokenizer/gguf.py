"""Rebuild a faithful Hugging Face tokenizer from a GGUF file's metadata.

transformers can load a tokenizer from a GGUF, but for byte-level BPE vocabularies it drops the
pre-tokenizer the model was trained with (``tokenizer.ggml.pre``: SmolLM2's splits every digit,
Llama 3 and Qwen2 use their own regexes) and mislabels special tokens. A tokenizer that splits
text differently from the one the model learned on silently degrades training and breaks the
export gate's tokenizer check, so for BPE vocabularies we assemble the tokenizer ourselves from
the GGUF's vocabulary, merges, token types and special-token ids, with the pre-tokenizer that
matches llama.cpp's for that ``pre`` name. SentencePiece vocabularies (``tokenizer.ggml.model``
= ``llama``) go through transformers' own converter and only get their special tokens fixed.
"""

from __future__ import annotations

from pathlib import Path

from appliance.errors import UnsupportedModelError
from appliance.messages import M

# HF pre-tokenizer recipes per llama.cpp pre-tokenizer name (llama-vocab.cpp keeps the
# equivalent regexes). Each is (split regexes applied in order, byte-level regex flag).
_GPT2_REGEX = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
_LLAMA3_REGEX = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
_QWEN2_REGEX = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)

BPE_PRE_TOKENIZERS = {
    # name: (extra split regexes before byte-level, byte-level uses GPT-2 regex, NFC normalize)
    "smollm": ([r"\p{N}"], True, False),
    "gpt2": ([], True, False),
    "default": ([], True, False),
    "llama-bpe": ([_LLAMA3_REGEX], False, False),
    "qwen2": ([_QWEN2_REGEX], False, True),
}

TOKEN_TYPE_NORMAL, TOKEN_TYPE_UNKNOWN, TOKEN_TYPE_CONTROL = 1, 2, 3
TOKEN_TYPE_USER_DEFINED, TOKEN_TYPE_UNUSED, TOKEN_TYPE_BYTE = 4, 5, 6


def _field(reader, key, default=None):
    f = reader.fields.get(key)
    if f is None:
        return default
    return f.contents()


def read_tokenizer_metadata(reader) -> dict:
    """The tokenizer-related GGUF keys as plain Python values (``gguf.Keys.Tokenizer``)."""
    import gguf

    K = gguf.Keys.Tokenizer
    return {
        "model": _field(reader, K.MODEL),
        "pre": _field(reader, K.PRE),
        "tokens": _field(reader, K.LIST),
        "token_type": _field(reader, K.TOKEN_TYPE),
        "merges": _field(reader, K.MERGES),
        "bos_id": _field(reader, K.BOS_ID),
        "eos_id": _field(reader, K.EOS_ID),
        "eot_id": _field(reader, K.EOT_ID),
        "eom_id": _field(reader, K.EOM_ID),
        "unk_id": _field(reader, K.UNK_ID),
        "pad_id": _field(reader, K.PAD_ID),
        "add_bos": _field(reader, K.ADD_BOS),
        "add_eos": _field(reader, K.ADD_EOS),
        "chat_template": _field(reader, K.CHAT_TEMPLATE),
    }


def build_bpe_tokenizer(meta: dict, *, model_max_length: int, source: str):
    """A ``PreTrainedTokenizerFast`` equivalent to the GGUF's byte-level BPE tokenizer."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    pre = meta.get("pre") or "default"
    if pre not in BPE_PRE_TOKENIZERS:
        raise UnsupportedModelError(
            M(
                "tokenizer.gguf_pre_unknown",
                "{source}: its tokenizer uses the pre-tokenizer {pre!r}, which the appliance cannot "
                "rebuild faithfully from a GGUF.",
                source=source,
                pre=pre,
            ),
            hint=M(
                "tokenizer.gguf_pre_unknown.hint",
                "Import the model's Hugging Face folder (config.json, tokenizer.json, *.safetensors) instead. "
                "Known GGUF pre-tokenizers: {known}.",
                known=", ".join(sorted(BPE_PRE_TOKENIZERS)),
            ),
        )
    splits, bytelevel_regex, nfc = BPE_PRE_TOKENIZERS[pre]
    tokens = list(meta["tokens"])
    vocab = {tok: i for i, tok in enumerate(tokens)}
    merges = [tuple(m.split(" ", 1)) for m in meta.get("merges") or []]
    tk = Tokenizer(models.BPE(vocab=vocab, merges=merges, fuse_unk=False, byte_fallback=False))
    if nfc:
        tk.normalizer = normalizers.NFC()
    steps = [pre_tokenizers.Split(Regex(rx), behavior="isolated", invert=False) for rx in splits]
    steps.append(pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=bytelevel_regex))
    tk.pre_tokenizer = pre_tokenizers.Sequence(steps) if len(steps) > 1 else steps[0]
    tk.decoder = decoders.ByteLevel()

    types = list(meta.get("token_type") or [TOKEN_TYPE_NORMAL] * len(tokens))
    from tokenizers import AddedToken

    added = [
        AddedToken(tokens[i], special=(t == TOKEN_TYPE_CONTROL), normalized=False)
        for i, t in enumerate(types)
        if t in (TOKEN_TYPE_CONTROL, TOKEN_TYPE_USER_DEFINED)
    ]
    tk.add_tokens(added)

    def tok(i):
        return tokens[i] if i is not None and 0 <= i < len(tokens) else None

    bos, eos = tok(meta.get("bos_id")), tok(meta.get("eos_id"))
    if meta.get("add_bos") and bos is not None:
        tk.post_processor = processors.TemplateProcessing(
            single=f"{bos} $A", pair=f"{bos} $A {bos} $B", special_tokens=[(bos, meta["bos_id"])]
        )
    else:
        tk.post_processor = processors.ByteLevel(trim_offsets=False)

    hf = PreTrainedTokenizerFast(
        tokenizer_object=tk,
        bos_token=bos,
        eos_token=eos,
        unk_token=tok(meta.get("unk_id")),
        pad_token=tok(meta.get("pad_id")),
        model_max_length=model_max_length,
        clean_up_tokenization_spaces=False,
    )
    if meta.get("chat_template"):
        hf.chat_template = meta["chat_template"]
    return hf


def load_tokenizer_from_gguf(gguf_path: Path, reader, *, model_max_length: int):
    """Return a HF fast tokenizer for the GGUF, raising ``UnsupportedModelError`` if impossible."""
    meta = read_tokenizer_metadata(reader)
    kind = meta.get("model")
    if kind == "gpt2":
        return build_bpe_tokenizer(meta, model_max_length=model_max_length, source=str(gguf_path))
    if kind == "llama":
        from transformers import AutoTokenizer

        hf = AutoTokenizer.from_pretrained(str(gguf_path.parent), gguf_file=gguf_path.name)
        tokens = meta["tokens"]
        for attr, key in (
            ("bos_token", "bos_id"),
            ("eos_token", "eos_id"),
            ("unk_token", "unk_id"),
            ("pad_token", "pad_id"),
        ):
            i = meta.get(key)
            if i is not None and 0 <= i < len(tokens):
                setattr(hf, attr, tokens[i])
        if meta.get("chat_template"):
            hf.chat_template = meta["chat_template"]
        hf.model_max_length = model_max_length
        return hf
    raise UnsupportedModelError(
        M(
            "tokenizer.gguf_type_unsupported",
            "{path}: its tokenizer type {kind!r} is not supported (expected 'gpt2' BPE or 'llama' SentencePiece).",
            path=str(gguf_path),
            kind=kind,
        ),
        hint=M("tokenizer.gguf_type_unsupported.hint", "Import the model's Hugging Face folder instead."),
    )
