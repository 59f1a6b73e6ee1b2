"""The objects that replaced long parameter lists (issue 28): an export's job, a distributed
run's inputs, the options of a comparison on a suite, and the joined messages of a gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from appliance.eval.gates import each_on_its_line, gate_problem_messages, parse_gate, semicolon_separated
from appliance.messages import M, Message


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 40, 500])
def test_joined_messages_render_as_the_joined_text_and_survive_json(n):
    items = [M("test.item", "item {i}", i=i) for i in range(n)]
    lines, semis = each_on_its_line(items), semicolon_separated(items)
    want = [f"item {i}" for i in range(n)]
    assert str(lines) == "\n  ".join(want) and str(semis) == "; ".join(want)
    if n:
        assert str(Message.from_dict(lines.to_dict())) == "\n  ".join(want)


def test_gate_problems_are_messages_and_the_refusal_reads_as_before():
    from appliance.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as e:
        parse_gate({"gate": {"min_pass_rate": 2, "nope": 1}}, "g.toml")
    assert e.value.message == (
        "The gate in g.toml has problems:\n"
        "  g.toml: [gate] has no field `nope` (it has max_drop, min_cited_rate, min_mrr, min_pass_rate, "
        "min_retrieval_recall, min_slice_pass_rate, must_pass, significance)\n"
        "  g.toml: gate.min_pass_rate must be a fraction from 0 to 1 (got 2)"
    )
    (problem,) = gate_problem_messages({"min_pass_rate": 0.5}, [], "g")
    assert isinstance(problem, Message) and str(problem) == "g: there is no suite to check the gate on"


def test_an_export_job_names_its_file_and_follows_its_stage(tmp_path):
    from appliance.events import CancelToken, ignore
    from appliance.export.job import ExportJob
    from appliance.export.pipeline import quant_type

    job = ExportJob(
        model={"name": "tiny"},
        model_dir=tmp_path / "m",
        quant=quant_type("q8_0"),
        intermediate="f32",
        export_id="exp-1",
        final_dir=tmp_path / "exports" / "exp-1",
        log_path=tmp_path / "export-exp-1.log",
        tokenizer_policy="default",
        on_event=ignore,
        cancel=CancelToken(),
        act=None,
    )
    assert job.filename == "tiny-q8_0.gguf" and job.final_file == tmp_path / "exports" / "exp-1" / "tiny-q8_0.gguf"
    assert job.stage == "start" and job.parity == {} and job.pre is None
    job.enter("convert")
    assert job.stage == "convert"


def test_engine_inputs_give_the_ranks_their_specification(tmp_path):
    from appliance.tuning.distributed import DistributedRun, EngineInputs, Topology
    from appliance.tuning.recipe import recipe_from_dict

    recipe = recipe_from_dict({"run": {"base_model": "tiny", "datasets": ["d"]}})
    inputs = EngineInputs(
        recipe,
        model_dir=tmp_path / "model",
        context_length=128,
        train_records=[("d:1", {"text": "a"})],
        eval_records=[],
        run_dir=tmp_path / "runs" / "run-1",
        processes=2,
        checkpoint=tmp_path / "ck",
        run_id="run-1",
        model_sha256="abc",
    )
    spec = inputs.spec()
    assert spec["run_dir"] == str(tmp_path / "runs" / "run-1") and spec["checkpoint"] == str(tmp_path / "ck")
    assert spec["result_dir"] == str(tmp_path / "runs" / "run-1" / "adapter") and spec["new_token_ids"] == []
    assert spec["digest"]["base model"] == "abc" and spec["run_id"] == "run-1"
    run = DistributedRun(inputs)
    assert run.processes == 2 and isinstance(run.topology, Topology) and run.topology.nodes == 1
    assert run.log_path == Path(tmp_path / "runs" / "run-1-ranks.log")
    run.load_checkpoint(tmp_path / "ck")  # the one it was created with
