"""How many tokens a vocabulary extension may add (``appliance tokenizer extend --add``): the
limits, the check of ``--add``, and the refusal of a corpus that supports fewer new tokens.
"""

from __future__ import annotations

from appliance.errors import InvalidInputError
from appliance.messages import M

MAX_VOCAB = 262_144  # the largest vocabulary of any supported family (Gemma 3); see docs/tokenizers.md
MAX_ADD = 65_536
MIN_PAIR_COUNT = 2  # a merge seen once is memorisation, not vocabulary

ADD_MAX = "max"  # --add max: as many new tokens as the corpus supports


def add_count(add: int | str, current: int, max_vocab: int = MAX_VOCAB) -> int:
    """The number of tokens to learn: ``add`` itself (checked against the limits), or for
    ``"max"`` the most the limits allow (the corpus decides how many of them it supports)."""
    if isinstance(add, str):
        if add.strip().lower() != ADD_MAX:
            raise InvalidInputError(
                M(
                    "tokenizer.add_invalid",
                    "--add {add}: give a number of new tokens, or 'max' for as many as the corpus supports.",
                    add=add,
                ),
                hint=M("tokenizer.add_invalid.hint", "For example --add 1200, or --add max."),
            )
        room = min(MAX_ADD, max_vocab - current)
        if room < 1:
            raise InvalidInputError(
                M(
                    "tokenizer.vocab_full",
                    "The vocabulary already has {current:,} entries, the {max:,} the appliance allows.",
                    current=current,
                    max=max_vocab,
                ),
                hint=M("tokenizer.vocab_full.hint", "Extend a base model with a smaller vocabulary."),
            )
        return room
    check_vocab_limits(current, add, max_vocab)
    return add


def check_vocab_limits(current: int, n: int, max_vocab: int = MAX_VOCAB) -> None:
    if n < 1 or n > MAX_ADD:
        raise InvalidInputError(
            M(
                "tokenizer.add_range",
                "--add {n}: the number of new tokens must be between 1 and {max:,}.",
                n=n,
                max=MAX_ADD,
            ),
            hint=M(
                "tokenizer.add_range.hint",
                "Pass --add max to add as many as the corpus supports (every pair of pieces seen at least "
                "{min_count} times in it); the extension then reports how many that is.",
                min_count=MIN_PAIR_COUNT,
            ),
        )
    if current + n > max_vocab:
        raise InvalidInputError(
            M(
                "tokenizer.vocab_too_large",
                "--add {n}: the vocabulary would grow from {current:,} to {total:,} entries, past the "
                "{max:,} the appliance allows.",
                n=n,
                current=current,
                total=current + n,
                max=max_vocab,
            ),
            hint=M("tokenizer.vocab_too_large.hint", "Add at most {room:,} tokens.", room=max(0, max_vocab - current)),
        )


def too_few_pieces(found: int, n: int, scripts: list[str]) -> InvalidInputError:
    if found:
        hint = M(
            "tokenizer.too_few_pieces.hint",
            "Give a larger corpus, or pass --add {found} or fewer (--add max takes them all).",
            found=found,
        )
    else:
        hint = M("tokenizer.too_few_pieces.hint_none", "Give a larger corpus in these scripts.")
    return InvalidInputError(
        M(
            "tokenizer.too_few_pieces",
            "The corpus supports only {found:,} new tokens for {scripts} (pieces seen at least {min_count} times), "
            "not {n:,}.",
            found=found,
            scripts=", ".join(scripts),
            min_count=MIN_PAIR_COUNT,
            n=n,
        ),
        hint=hint,
    )
