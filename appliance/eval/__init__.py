"""Evaluation the organisation owns: suites as files, scorers, runs, comparison reports, model
lines with promotion gates, and rebasing a line onto a new base model (docs/evaluation.md)."""
