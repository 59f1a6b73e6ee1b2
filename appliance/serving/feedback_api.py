"""``POST /v1/feedback``: a client's feedback on an answer the server captured (ours, beside the
OpenAI routes; docs/serving.md and docs/adaptation.md).

Body: ``{"response_id": str, "rating": 1 | -1 | "up" | "down" (optional), "correction": str
(optional), "comment": str (optional)}``; ``response_id`` is a chat completion's ``id`` or the
``x-request-id`` (or ``x-appliance-captured``) header of its response. At least a rating, a
correction or a comment. The answer is ``{"object": "feedback", "id": "fb-…", "item_id",
"response_id", "rating", "status": "recorded"}``; errors are OpenAI's shape: 400 for a bad field
(a correction longer than the model's context included, counted by the model's own tokenizer),
404 ``response_not_found`` for an id nothing was captured under, 404 ``capture_off`` when this
server captures for no line. The feedback itself is written by the capture thread
(``CaptureSink``), after every answer handed to it before, and audited as ``capture.feedback``.
"""

from __future__ import annotations

import asyncio
import time
import uuid

from appliance.errors import ApplianceError, NotFoundError
from appliance.serving.backend_calls import _error
from appliance.serving.validation import ApiError, parse_body

FIELDS = ("response_id", "rating", "correction", "comment")


async def answer(gw, request):
    started = time.perf_counter()
    rid = "req-" + uuid.uuid4().hex[:16]
    entry = {"id": rid, "kind": "feedback", "client": request.client.host if request.client else None}

    def fail(status: int, message: str, **kw):
        entry.update(status=status, error=message[:300], seconds=round(time.perf_counter() - started, 3))
        gw.request_log.write(entry)
        return _error(status, message, headers={"x-request-id": rid}, **kw)

    try:
        body = parse_body(await request.body())
    except ApiError as exc:
        return fail(exc.status, exc.message)
    if not isinstance(body, dict):
        return fail(400, "The request body must be a JSON object.")
    unknown = [k for k in body if k not in FIELDS]
    if unknown:
        return fail(400, f"Unknown field {unknown[0]!r}; feedback takes {', '.join(FIELDS)}.", param=unknown[0])
    ref = body.get("response_id")
    if not isinstance(ref, str) or not ref.strip():
        return fail(
            400, "response_id is required: the id of the chat completion the feedback is on.", param="response_id"
        )
    cap = gw.capture
    if cap is None:
        return fail(
            404,
            "This server captures no answers (capture is off for the lines it serves, or it was started with the "
            "workspace locked), so there is nothing to give feedback on.",
            code="capture_off",
            param="response_id",
        )
    try:
        row = await asyncio.wrap_future(cap.submit("find", {"ref": ref.strip()}))
    except NotFoundError:
        return fail(
            404,
            f"No captured answer has the id {ref!r} (it was not captured, it expired, or the id is wrong).",
            code="response_not_found",
            param="response_id",
        )
    entry.update(model_id=row.get("model_id"), export=row.get("export_id"), item=row["id"])
    correction = body.get("correction")
    counted, most = None, None
    if isinstance(correction, str) and correction:
        counted, most = await _count(gw, gw.client_for, row, correction)
    try:
        done = await asyncio.wrap_future(
            cap.submit(
                "feedback",
                {
                    "ref": row["id"],
                    "rating": body.get("rating"),
                    "correction": correction,
                    "comment": body.get("comment"),
                    "source": "api",
                    "count_tokens": (lambda _t: counted) if counted is not None else None,
                    "max_tokens": most,
                },
            )
        )
    except ApplianceError as exc:
        param = "correction" if "correction" in exc.msg.id else ("rating" if "rating" in exc.msg.id else None)
        return fail(400, exc.msg.render("en"), param=param)
    entry.update(status=200, seconds=round(time.perf_counter() - started, 3))
    gw.request_log.write(entry)
    from fastapi.responses import JSONResponse

    return JSONResponse({"object": "feedback", **done, "status": "recorded"}, headers={"x-request-id": rid})


async def _count(gw, client_for, row: dict, text: str) -> tuple[int | None, int | None]:
    """The correction's length in tokens by the backend that served the item's model (its
    ``/tokenize``), and that backend's context; ``(None, None)`` when none of ours is up."""
    for n in gw.names:
        for v in n.variants:
            b = v.backend
            if b is None or getattr(b, "remote", False) or v.model_id != row.get("model_id") or not b.alive():
                continue
            try:
                r = await client_for(b).post(b.base_url + "/tokenize", json={"content": text}, headers=b.headers)
                return len(r.json().get("tokens") or []), int(b.n_ctx)
            except Exception:  # noqa: BLE001 - no count: the length limit in characters still holds
                return None, None
    return None, None
