"""The real-client suite of ``test_clients.py`` on the real built-in model (SmolLM2-135M-Instruct,
exported to q8_0 once for this module): every test there, imported here, runs again with the
``api`` fixture below, plus what only a real model can do (instructor's MD_JSON mode, which has no
grammar behind it). Marker ``clients``: ``make test-clients`` (a few minutes on 2 cores), not part
of ``make test``."""

from __future__ import annotations

import pytest
from test_clients import *  # noqa: F403  (the same tests, collected again here with this module's api)
from test_clients import MAX_TOKENS, Verdict, Weather, _msgs

from appliance.catalog import Catalog
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

pytestmark = pytest.mark.clients

BUILTIN = "smollm2-135m-instruct"


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    """Our server on the built-in model's verified q8_0 export (as ``make demo`` and the benches
    make it), 4 slots."""
    from conftest import init_workspace

    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    home = init_workspace(tmp_path_factory.mktemp("clients-builtin") / "home")
    with Catalog.open(home) as cat:
        ModelStore(home, cat).ensure_builtin()
        row, report = Exporter(home, cat).export(BUILTIN, "q8_0")
        assert row["status"] == "verified", report.render()
        serving = start_server(home, cat, [BUILTIN], options=ServeOptions(port=0, n_ctx=4096, slots=4))
    yield {"base": f"http://127.0.0.1:{serving.port}/v1", "token": get_or_create_token(home), "model": BUILTIN}
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


def test_instructor_md_json(client, api):
    """MD_JSON: the schema in the prompt and the answer in a fenced block, nothing enforcing it
    (instructor's retries, fed the validation error, are what applications rely on)."""
    import instructor
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

    ic = instructor.from_openai(client, mode=instructor.Mode.MD_JSON)
    try:
        out = ic.chat.completions.create(
            model=api["model"],
            response_model=Verdict,
            messages=_msgs("Is Rome in Italy?"),
            max_tokens=MAX_TOKENS,
            temperature=0,
            max_retries=2,
        )
    except InstructorRetryException as exc:
        # Nothing on the server can enforce a fenced block of free text: what it guarantees is
        # that each attempt was answered (SmolLM2-135M does not reliably fill in the schema).
        assert exc.n_attempts == 3 and exc.last_completion.choices[0].finish_reason in ("stop", "length")
        return
    except IncompleteOutputException as exc:  # (or it wrote past max_tokens: answered, cut, said so)
        assert exc.last_completion.choices[0].finish_reason == "length"
        return
    assert isinstance(out, Verdict)


def test_structured_answers_follow_the_prompt(client, api):
    """A real model, held to the schema, still answers the question (a sanity check that the
    grammar does not garble what it says)."""
    r = client.chat.completions.parse(
        model=api["model"],
        messages=[
            {"role": "system", "content": "Report the weather as JSON."},
            {"role": "user", "content": "It is sunny and 25 degrees in Rome (2 million people)."},
        ],
        response_format=Weather,
        max_tokens=MAX_TOKENS,
        temperature=0,
    )
    w = r.choices[0].message.parsed
    assert isinstance(w, Weather) and w.city.name == "Rome"
