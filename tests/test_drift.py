"""Drift detectors (issue 30): false alarms bounded on traffic that has not drifted, each simulated
shift found by its detector, the embedding detector on a real feature map, why a detector did not
run, scripts, dataset rows and the simulated traffic (appliance/adapt/drift.py, traffic.py)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tokenizers import Tokenizer

from appliance.adapt import traffic
from appliance.adapt.drift import (
    DETECTORS,
    DriftCheck,
    Observation,
    check_drift,
    is_refusal,
    observations_from_records,
    script_of,
)
from appliance.errors import InvalidInputError
from appliance.messages import text
from appliance.samples import SAMPLES

EXPECTED = {
    "hindi": "script_mix",
    "long_questions": "prompt_length",
    "refusals": "refusal_rate",
    "renamed_form": "rating_rate",
}


@pytest.fixture(scope="module")
def bpe(tokenizer_dirs) -> Tokenizer:
    """SmolLM2's byte-level BPE (the built-in model's tokenizer, tests/tiny_models.py)."""
    return Tokenizer.from_file(str(tokenizer_dirs["bpe"] / "tokenizer.json"))


@pytest.fixture(scope="module")
def spm(tokenizer_dirs) -> Tokenizer:
    """The tiny Mistral's SentencePiece BPE with byte fallback (600 pieces)."""
    return Tokenizer.from_file(str(tokenizer_dirs["spm"] / "tokenizer.json"))


def bag_of_token_ids(tok: Tokenizer):
    """A real feature map standing in for a model's embeddings: how often each token id occurs."""
    size = tok.get_vocab_size()

    def embed(texts: list[str]) -> np.ndarray:
        return np.stack([np.bincount(e.ids, minlength=size) for e in tok.encode_batch(texts)]).astype(float)

    return embed


def test_traffic_that_has_not_drifted_rarely_alarms_and_its_p_values_are_not_piled_near_zero(bpe):
    """200 checks of windows of 100 against a reference of 300 drawn apart from the same traffic
    (half English only, half with a tenth in Hindi, where the script test meets small counts). A
    check alarming with probability 1 % alarms more than 8 times in 200 with probability 2e-4; a
    valid test's p-value is under 0.05 in more than 25 of 200 with probability under 1e-3."""
    alarms, p_values = 0, {}
    for i in range(200):
        hindi = 0.1 if i % 2 else 0.0
        ref = traffic.english(300, 10_000 + i, hindi=hindi)
        win = traffic.english(100, 20_000 + i, hindi=hindi)
        check = check_drift(ref, win, tokenizer=bpe, seed=i)
        alarms += check.alarm
        for r in check.results:
            if r.ran:
                p_values.setdefault(r.name, []).append(r.p_value)
    assert alarms <= 8
    assert set(p_values) == set(DETECTORS) - {"embedding"}
    for name, ps in p_values.items():
        assert len(ps) >= 190, (name, len(ps))
        assert sum(p < 0.05 for p in ps) <= 25, (name, sorted(ps)[:30])
    assert np.median(p_values["script_mix"][1::2]) > 0.2  # the permutation test on the mixed half


@pytest.mark.parametrize("name", traffic.SHIFTS)
def test_each_shift_is_found_by_its_detector_in_a_window_of_100(name, bpe):
    for seed in range(5):
        ref = traffic.english(300, 1_000 + seed)
        win = traffic.shift(name, 0, 100, 2_000 + seed)
        check = check_drift(ref, win, tokenizer=bpe, seed=seed)
        assert [r.name for r in check.results] == list(DETECTORS)
        by = {r.name: r for r in check.results}
        assert check.alarm and EXPECTED[name] in check.alarms, (seed, check.to_dict())
        assert by[EXPECTED[name]].p_value < by[EXPECTED[name]].threshold == pytest.approx(0.01 / 7)
        assert not by["embedding"].ran and by["embedding"].why_not["id"] == "drift.no_embed"
        assert all(r.ran for r in check.results if r.name != "embedding")  # the others' results are there


def test_the_embedding_detector_on_bag_of_token_ids(spm):
    """MMD² with a permutation p-value on a real feature map (not ours to tune): small for Hindi
    traffic, not under the threshold for traffic that has not drifted; asked for too few
    permutations, it draws enough for its p-value to go under the Bonferroni threshold."""
    embed = bag_of_token_ids(spm)
    ref = traffic.english(400, 7)
    hindi = check_drift(ref, traffic.shift("hindi", 0, 100, 8), embed=embed, permutations=10)
    emb = next(r for r in hindi.results if r.name == "embedding")
    assert emb.ran and emb.detail["reference_rows"] == 300  # capped, drawn with the seed
    assert emb.detail["permutations"] >= 2 / (0.01 / len(DETECTORS))
    assert emb.p_value < emb.threshold and "embedding" in hindi.alarms
    for seed in range(4):
        same = check_drift(ref, traffic.english(100, 50 + seed), embed=embed, seed=seed)
        emb = next(r for r in same.results if r.name == "embedding")
        assert emb.ran and emb.p_value >= emb.threshold, (seed, emb.to_dict())
    again = check_drift(ref, traffic.english(100, 50), embed=embed, seed=0)
    assert again.to_dict() == check_drift(ref, traffic.english(100, 50), embed=embed, seed=0).to_dict()
    stored = json.loads(json.dumps(again.to_dict()))
    assert DriftCheck.from_dict(stored).to_dict() == again.to_dict()


def test_byte_fallback_is_counted_for_both_tokenizer_families_per_script(bpe, spm):
    """SmolLM2's byte-level BPE splits Devanagari characters across tokens; the tiny SentencePiece
    model writes them as <0xNN> pieces (and the capitals its 9-sentence corpus lacks)."""
    ref = traffic.english(300, 3, hindi=0.5)
    win = traffic.english(100, 4, hindi=0.5)
    for tok, latin_most in ((bpe, 0.0), (spm, 0.3)):
        check = check_drift(ref, win, tokenizer=tok, detectors=("byte_fallback", "tokens_per_char"))
        assert [r.name for r in check.results] == ["tokens_per_char", "byte_fallback"]  # in DETECTORS' order
        shares = check.results[1].detail["scripts"]
        assert set(shares) == {"Latin", "Devanagari"}
        assert shares["Devanagari"]["window"]["median"] > 0.4
        assert shares["Latin"]["reference"]["p90"] <= latin_most
        per_char = check.results[0].detail["scripts"]
        assert per_char["Devanagari"]["reference"]["median"] > 2 * per_char["Latin"]["reference"]["median"]
        assert not check.alarm


def test_a_detector_that_cannot_run_says_why():
    ref = traffic.english(300, 1)
    small = check_drift(ref, traffic.english(5, 2))
    assert not small.alarm and small.n_window == 5
    for r in small.results:
        assert not r.ran and r.p_value is None and r.threshold is None and not r.alarm
        assert r.why_not["id"] == "drift.window_too_small"
        assert text(r.why_not) == "The window has 5 requests; a detector needs at least 20."
    unrated = [Observation(o.prompt) for o in traffic.english(60, 3)]  # no answers, no ratings
    check = {r.name: r for r in check_drift(ref, unrated).results}
    assert check["tokens_per_char"].why_not["id"] == check["byte_fallback"].why_not["id"] == "drift.no_tokenizer"
    assert check["embedding"].why_not["id"] == "drift.no_embed"
    assert text(check["answer_length"].why_not) == (
        "Too few answers: 300 in the reference, 0 in the window (at least 20 each)."
    )
    assert check["refusal_rate"].why_not["id"] == "drift.few_answers"
    assert check["rating_rate"].why_not["id"] == "drift.few_ratings"
    ran = [r for r in check.values() if r.ran]
    assert {r.name for r in ran} == {"script_mix", "prompt_length"}
    assert all(r.threshold == pytest.approx(0.01 / 2) for r in ran)  # Bonferroni over those that ran
    assert check_drift(traffic.english(10, 1), unrated).results[0].why_not["id"] == "drift.reference_too_small"
    with pytest.raises(InvalidInputError, match="no drift detector called colour"):
        check_drift(ref, unrated, detectors=("colour",))
    with pytest.raises(InvalidInputError, match="alpha"):
        check_drift(ref, unrated, alpha=1.5)


def test_script_of_names_the_script_most_letters_are_in():
    assert script_of("Where is the registry?") == "Latin"
    assert script_of("Où est le bureau? Ça dépend.") == "Latin"
    assert script_of("रजिस्ट्री कब खुलती है?") == "Devanagari"
    assert script_of("பதிவு அலுவலகம் எப்போது திறக்கும்?") == "Tamil"
    assert script_of("متى يفتح مكتب التسجيل؟") == "Arabic"
    assert script_of("สำนักงานเปิดกี่โมง") == "Thai"
    assert script_of("登记处几点开门") == "Han"
    assert script_of("Когда открывается офис?") == "Cyrillic"
    assert script_of("Form KV-27 के लिए क्या चाहिए?") == "Devanagari"  # more Devanagari letters than Latin
    assert script_of("1577 / 09:00") == "Other"


def test_refusals_are_recognised_in_several_languages_and_answers_are_not():
    for refusal in (
        "I'm sorry, but I can't help with that request.",
        "As an AI, I am not able to give information about registry procedures.",
        "I cannot help with questions about personal documents.",
        "माफ़ कीजिए, मैं इसमें आपकी मदद नहीं कर सकता।",
        "Je ne peux pas vous aider avec cette demande.",
    ):
        assert is_refusal(refusal), refusal
    answers = {a for _, a in traffic.english_rows() + traffic.hindi_rows()}
    assert len(answers) >= 28 and not any(is_refusal(a) for a in answers)


def test_observations_from_dataset_rows():
    rows = [
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]},
        {
            "messages": [
                {"role": "user", "content": "First?"},
                {"role": "assistant", "content": "One."},
                {"role": "user", "content": [{"type": "text", "text": "Second?"}]},
                {"role": "assistant", "content": "Two."},
            ],
            "split": "train",
        },
        {"instruction": "Translate", "input": "hello", "output": "bonjour"},
        {"instruction": "Say hi", "output": "hi"},
        {"prompt": "Fee?", "chosen": "18 credits.", "rejected": "Ask."},
        {"messages": [{"role": "user", "content": "Form?"}], "chosen": [{"role": "assistant", "content": "KV-27."}]},
        {"prompt": "Hours?", "completion": "Always open.", "label": False},
        {"text": "a plain text row"},
        {"messages": [{"role": "assistant", "content": "no user turn"}]},
    ]
    got = [(o.prompt, o.answer, o.rating) for o in observations_from_records(rows)]
    assert got == [
        ("Hi", "", None),
        ("Second?", "Two.", None),
        ("Translate\n\nhello", "bonjour", None),
        ("Say hi", "hi", None),
        ("Fee?", "18 credits.", None),
        ("Form?", "KV-27.", None),
        ("Hours?", "Always open.", -1),
    ]
    sample = [json.loads(line) for line in (SAMPLES / "kestrel_registry.jsonl").read_text().splitlines()]
    assert len(observations_from_records(sample)) == len(sample) == 90


def test_the_simulated_traffic_is_deterministic_and_the_hindi_rows_state_the_same_facts(bpe):
    assert traffic.english(50, 3) == traffic.english(50, 3) != traffic.english(50, 4)
    assert traffic.shift("refusals", 50, 50, 3)[:50] == traffic.english(50, 3)
    hindi = traffic.hindi_rows()
    assert len(hindi) >= 40 and all(script_of(q) == script_of(a) == "Devanagari" for q, a in hindi)
    facts = " ".join(a for _, a in hindi)
    for fact in ("KV-27", "KV-12", "KV-40", "KV-55", "1577", "18", "120", "45", "60", "08:30"):
        assert fact in facts, fact
    renamed = traffic.shift("renamed_form", 0, 200, 1)
    assert sum("KV-31" in o.prompt for o in renamed) > 40
    with pytest.raises(InvalidInputError, match="no simulated shift"):
        traffic.shift("weather", 1, 1, 1)
    counted = traffic.english(3, 1, tokenizer=bpe)
    assert [o.prompt_tokens for o in counted] == [len(bpe.encode(o.prompt, add_special_tokens=False)) for o in counted]
    assert all(o.answer_tokens for o in counted) and traffic.english(3, 1)[0].prompt_tokens is None
