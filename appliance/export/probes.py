"""The fixed probe sets the export gate runs: prompts for logits, texts for tokenizers.

The probe sets are part of the gate's definition, so they are versioned (``PROBE_SET_VERSION``)
and recorded in every report. Their size is bounded (about 400 tokens of logits) so that the
gate's cost does not grow with the model beyond one forward pass per prompt.
"""

from __future__ import annotations

PROBE_SET_VERSION = "2026-11.1"

# Prompts whose next-token distributions are compared position by position.
LOGIT_PROMPTS = [
    "The capital of France is Paris. The capital of Italy is Rome. The capital of Spain is",
    "Once upon a time, in a small village by the sea, there lived an old fisherman who",
    "def fibonacci(n):\n    if n < 2:\n        return n\n    return",
    "Step 1: Preheat the oven to 180 degrees.\nStep 2: Mix the flour and the sugar.\nStep 3:",
    "Q: What is 12 plus 30?\nA: 42\nQ: What is 7 times 6?\nA:",
    "The meeting on public procurement rules will take place on Monday at 10:00 in room 4B.",
    "भारत की राजधानी नई दिल्ली है। यह एक बड़ा शहर है और",
    "Les formulaires doivent être remis au guichet avant vendredi, sinon",
    "In summary, the committee recommends three actions: first,",
    "print('Hello, world!')  # a classic first program\nfor i in range(3):",
]
# Conversations rendered through the chat template (HF and llama.cpp must agree on the text).
CHAT_PROBES = [
    [{"role": "user", "content": "How do I renew a permit?"}],
    [
        {"role": "system", "content": "You are a concise assistant."},
        {"role": "user", "content": "Name three colours."},
        {"role": "assistant", "content": "Red, green and blue."},
        {"role": "user", "content": "And two more?"},
    ],
]

# Tokenizer probes: (category, text). Categories in FAIL_CATEGORIES fail the gate on any
# difference; elsewhere a difference warns if it is lossless (see verify.py's policy).
TOKENIZER_PROBES = [
    ("latin", "The quick brown fox jumps over the lazy dog."),
    ("latin", "It's a well-known fact: they'll re-use 'quotes' & \"double quotes\"."),
    ("latin", "Déjà vu, naïve façade, Straße, smørrebrød, Ångström."),
    ("code", "for (int i = 0; i < n; ++i) { sum += a[i] * 2; }"),
    ("code", "if x != None:\n\treturn {'k': [1, 2, 3]}"),
    ("digits", "Call 0123-456-789 before 31/12/2026 or pay 1,234.56 EUR."),
    ("devanagari", "नमस्ते, आप कैसे हैं? यह एक परीक्षण वाक्य है।"),
    ("devanagari", "क्षत्रिय, ज्ञान, श्रद्धा और द्वार"),
    ("tamil", "வணக்கம், நீங்கள் எப்படி இருக்கிறீர்கள்?"),
    ("tamil", "தமிழ்நாடு அரசு அறிவிப்பு"),
    ("arabic", "مرحبا بكم في الخدمة الإلكترونية للمواطنين."),
    ("arabic", "السَّلَامُ عَلَيْكُمْ"),
    ("cjk", "你好，世界！这是一个测试。"),
    ("cjk", "東京都庁の申請書類は、オンラインで提出できます。"),
    ("cjk", "대한민국 정부 민원 안내"),
    ("emoji", "Great job 👍🏽🎉 — see you soon 🤖"),
    ("emoji", "Family: 👨‍👩‍👧‍👦 flag: 🇮🇳 heart: ❤️"),
    ("native-digits", "देवनागरी अंक: ०१२३४५६७८९"),
    ("native-digits", "الأرقام العربية: ٠١٢٣٤٥٦٧٨٩"),
    ("native-digits", "தமிழ் எண்கள்: ௦௧௨௩௪௫௬௭௮௯"),
    ("native-digits", "বাংলা সংখ্যা: ০১২৩৪৫৬৭৮৯"),
    ("whitespace", "two  spaces,   three,    four"),
    ("whitespace", "\ttab\tseparated\tvalues\t"),
    ("whitespace", "line one\n\nline three\r\nwindows line\n"),
    ("whitespace", "   leading and trailing   "),
    ("whitespace", "\u00a0non-breaking\u2003em space\u3000ideographic"),
    ("normalization", "cafe\u0301 cre\u0300me bru\u0302le\u0301e"),  # decomposed (NFD) accents
]
FAIL_CATEGORIES = frozenset({"latin", "code", "digits"})
