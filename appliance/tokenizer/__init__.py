"""Tokenizers: how well one fits a corpus (``report``), corpora by script (``corpus``), extending a
base model's vocabulary (``vocabulary``), which extension a model carries (``extension``), and a
faithful tokenizer rebuilt from a GGUF's metadata (``gguf``)."""
