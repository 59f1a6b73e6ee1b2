"""Tiny random models built from a config, one per supported architecture, for fast tests.

Two layers, 64 wide (as torchtune's recipe tests do), with real tokenizers:

* Llama and Qwen2 use SmolLM2's byte-level BPE tokenizer, rebuilt from the built-in model's GGUF
  (llama.cpp's converter only accepts BPE tokenizers it recognises by their behaviour, so a
  freshly trained BPE would be refused — a real limitation, not a test shortcut);
* Mistral uses a SentencePiece BPE tokenizer trained here with byte fallback, which exercises
  the converter's SentencePiece path and llama.cpp's SPM tokenizer.

Weights are drawn with a larger initializer range than real models so that next-token
distributions are peaked enough for top-1 comparisons to be meaningful.
"""

from __future__ import annotations

import json
from pathlib import Path

CHATML_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
MISTRAL_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% elif message['role'] == 'system' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% else %}{{ ' ' + message['content'] + eos_token }}{% endif %}{% endfor %}"
)

SPM_CORPUS = [
    "The quick brown fox jumps over the lazy dog.",
    "Public services must answer every request within thirty days.",
    "Forms are submitted at the front desk or through the local portal.",
    "def main():\n    return 0",
    "नमस्ते, यह एक परीक्षण है।",
    "வணக்கம் உலகம்",
    "مرحبا بالعالم",
    "你好世界",
    "Numbers: 0 1 2 3 4 5 6 7 8 9 10 100 2026",
]


def smollm_tokenizer(dest: Path) -> Path:
    """SmolLM2's tokenizer, rebuilt from the packaged GGUF, saved to ``dest``."""
    import gguf

    from appliance.models.builtin import builtin_gguf_path
    from appliance.tokenizer.gguf import load_tokenizer_from_gguf

    src = builtin_gguf_path()
    tok = load_tokenizer_from_gguf(src, gguf.GGUFReader(src), model_max_length=256)
    tok.save_pretrained(dest)
    return dest


def spm_tokenizer(dest: Path) -> Path:
    """A small SentencePiece BPE tokenizer (byte fallback) in Llama/Mistral layout."""
    import sentencepiece as spm
    from transformers import LlamaTokenizerFast

    dest.mkdir(parents=True, exist_ok=True)
    corpus = SPM_CORPUS * 20
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus),
        model_prefix=str(dest / "spm"),
        model_type="bpe",
        vocab_size=600,
        byte_fallback=True,
        character_coverage=1.0,
        split_digits=True,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        normalization_rule_name="identity",
        add_dummy_prefix=True,
        remove_extra_whitespaces=False,
        allow_whitespace_only_pieces=True,
        minloglevel=2,
        num_threads=1,
    )
    (dest / "spm.model").rename(dest / "tokenizer.model")
    (dest / "spm.vocab").unlink()
    # add_prefix_space + from_slow: the "▁" dummy prefix SentencePiece itself adds (transformers drops
    # it otherwise, a mismatch the export gate reports as llama.cpp losing text).
    tok = LlamaTokenizerFast(
        vocab_file=str(dest / "tokenizer.model"),
        legacy=True,
        add_prefix_space=True,
        from_slow=True,
        add_bos_token=True,
        add_eos_token=False,
        model_max_length=256,
    )
    tok.chat_template = MISTRAL_TEMPLATE
    tok.save_pretrained(dest)
    return dest


def _write_model(config, tokenizer_dir: Path, dest: Path, seed: int, init_range: float) -> Path:
    import shutil

    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig

    dest.mkdir(parents=True, exist_ok=True)
    for f in tokenizer_dir.iterdir():
        shutil.copy(f, dest / f.name)
    config.initializer_range = init_range
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    model.save_pretrained(dest, safe_serialization=True)
    GenerationConfig(
        bos_token_id=config.bos_token_id, eos_token_id=config.eos_token_id, pad_token_id=config.pad_token_id
    ).save_pretrained(dest)
    return dest


def _common(vocab: int, bos: int, eos: int) -> dict:
    return dict(
        vocab_size=vocab,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        bos_token_id=bos,
        eos_token_id=eos,
        pad_token_id=eos,
        rms_norm_eps=1e-5,
    )


def build_llama(tokenizer_dir: Path, dest: Path, seed: int = 0) -> Path:
    from transformers import LlamaConfig

    cfg = LlamaConfig(**_common(49152, 1, 2), tie_word_embeddings=True)
    cfg.architectures = ["LlamaForCausalLM"]
    return _write_model(cfg, tokenizer_dir, dest, seed, 0.3)


def build_qwen2(tokenizer_dir: Path, dest: Path, seed: int = 1) -> Path:
    from transformers import Qwen2Config

    cfg = Qwen2Config(**_common(49152, 1, 2), tie_word_embeddings=False, use_sliding_window=False)
    cfg.architectures = ["Qwen2ForCausalLM"]
    out = _write_model(cfg, tokenizer_dir, dest, seed, 0.3)
    # Qwen2's own tokenizers NFC-normalise their input; llama.cpp does not, which the export
    # gate must report (as a warning: the segmentation differs but no text is lost).
    tj = json.loads((out / "tokenizer.json").read_text())
    tj["normalizer"] = {"type": "NFC"}
    (out / "tokenizer.json").write_text(json.dumps(tj, ensure_ascii=False))
    tc = json.loads((out / "tokenizer_config.json").read_text())
    tc["chat_template"] = CHATML_TEMPLATE
    (out / "tokenizer_config.json").write_text(json.dumps(tc, indent=2))
    (out / "chat_template.jinja").unlink(missing_ok=True)
    return out


def build_mistral(tokenizer_dir: Path, dest: Path, seed: int = 2) -> Path:
    from transformers import MistralConfig

    cfg = MistralConfig(**_common(600, 1, 2), tie_word_embeddings=False, sliding_window=None)
    cfg.architectures = ["MistralForCausalLM"]
    return _write_model(cfg, tokenizer_dir, dest, seed, 0.3)


BUILDERS = {"llama": build_llama, "qwen2": build_qwen2, "mistral": build_mistral}
