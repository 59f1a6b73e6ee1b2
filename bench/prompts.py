"""Chat prompts the engine benchmark sends (``bench/bench_engine.py`` and its in-process baseline)."""

CHAT_PROMPTS = [
    "How do I renew a building permit?",
    "Summarise the rules for public procurement in two sentences.",
    "What documents does a citizen need to register a birth?",
    "Write a short polite reply declining a meeting on Friday.",
    "Explain what a tamper-evident audit log is.",
    "List three ways to reduce paper use in an office.",
]
