"""What ``appliance train`` and ``appliance runs show`` say of a preference run (issue 29): the reward
margin and preference accuracy of each step and evaluation, and their curves."""

from __future__ import annotations

from appliance.cli.render import out, spark
from appliance.messages import M, text


def preference_text(extras: dict) -> str:
    """A preference run's reward margin and accuracy, after its step or evaluation line."""
    if "reward_margin" not in (extras or {}):
        return ""
    said = M(
        "cli.train.preference",
        "margin {margin:+.4f}  accuracy {accuracy:.0%}",
        margin=extras["reward_margin"],
        accuracy=extras["pref_accuracy"],
    )
    return "  " + text(said)


def show_preference(row: dict, metrics: list[dict]) -> None:
    """`runs show` for a preference run: its method and the margin and accuracy curves."""
    pref = (row.get("recipe") or {}).get("preference")
    if not pref:
        return
    out.print(f"[bold]{'preference':>17}[/bold]  {pref['method']} (beta {pref['beta']:g})", highlight=False)
    for kind, label in (("reward_margin", "reward margin"), ("pref_accuracy", "pref accuracy")):
        curve = [m["value"] for m in metrics if m["kind"] == kind]
        if curve:
            out.print(f"[bold]{label:>17}[/bold]  {spark(curve)}  {curve[0]:.3f} → {curve[-1]:.3f}", highlight=False)
        held = [(m["step"], m["value"]) for m in metrics if m["kind"] == f"eval_{kind}"]
        if held:
            said = M("cli.train.held_out", "held out: {value:.3f} at step {step}", value=held[-1][1], step=held[-1][0])
            out.print(f"[bold]{'':>17}[/bold]  {text(said)}", highlight=False)
