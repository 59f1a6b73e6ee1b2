"""Sample data shipped with the appliance (the demo's and the first-run guide's)."""

from pathlib import Path

SAMPLES = Path(__file__).parent
