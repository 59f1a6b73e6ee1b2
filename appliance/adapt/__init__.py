"""A living model (docs/adaptation.md): what a line serves captured with consent (``capture``),
reviewed before anything is learned from it (``review``), drift detected with a stated
false-alarm rate (``drift``, ``traffic`` for simulated traffic), and the watch loop that turns a
trigger into a retrain through the line's gate (``policy``, ``loop``)."""
