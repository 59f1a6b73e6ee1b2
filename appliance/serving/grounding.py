"""``/v1/chat/completions`` with ``collections``: the answer grounded in document collections and
carrying its citations (docs/retrieval.md, "The API").

Before routing, the question (the last user message) is looked up in the named collections
(``knowledge.retriever``); the sources go before the conversation as a system message
(``knowledge.answer``), and the request's log line and ``serve.request`` audit record name the
collections, the document versions and the chunks read (ids, never text). The answer gets
``citations``: a JSON body one field more; a stream gets them on its first chunk (``cited``
null: the answer is not written yet) and again, with ``cited`` known, on a last chunk with no
choices, before ``[DONE]``.
"""

from __future__ import annotations

import asyncio
import json

from appliance.errors import ApplianceError, NotFoundError
from appliance.knowledge.answer import citations, grounded_messages, last_user_text
from appliance.knowledge.retriever import DEFAULT_K


async def ground(call):
    """Retrieve for ``call`` (its body's ``collections``) and rewrite its messages; a refusal
    response, or None. Sets ``call.retrieval`` and ``call.client_messages``."""
    body = call.body
    names = body.pop("collections")
    opts = body.pop("retrieval", None) or {}
    retriever = getattr(call.gw, "knowledge", None)
    if retriever is None:
        return call.fail(
            404,
            "Document collections are not served here: the server was started without the workspace's keys "
            "(start it with the workspace unlocked).",
            param="collections",
            code="collections_unavailable",
            type_="invalid_request_error",
        )
    query = last_user_text(body.get("messages") or [])
    try:
        retrieval = await asyncio.get_running_loop().run_in_executor(
            None,
            lambda: retriever.search(names, query, k=int(opts.get("k", DEFAULT_K)), mode=opts.get("mode", "hybrid")),
        )
    except NotFoundError as exc:
        return call.fail(
            404,
            exc.msg.render("en") if hasattr(exc.msg, "render") else str(exc),
            param="collections",
            code="collection_not_found",
            type_="invalid_request_error",
        )
    except ApplianceError as exc:
        return call.fail(503, f"The collections could not be read: {exc.msg.render('en')}", code="collections_failed")
    call.retrieval = retrieval
    call.client_messages = list(body.get("messages") or [])
    body["messages"] = grounded_messages(call.client_messages, retrieval)
    call.entry.update(
        collections=names,
        documents=retrieval.documents,
        chunks=[f"{h.document_id}#{h.chunk}" for h in retrieval.hits],
        retrieval_notice=retrieval.notice,
    )
    return None


def with_citations(call, response):
    """``response`` (a JSON body or a stream) with the retrieval's citations added."""
    from fastapi.responses import JSONResponse, StreamingResponse

    retrieval = call.retrieval
    if isinstance(response, StreamingResponse):
        response.body_iterator = _stream(response.body_iterator, retrieval)
        return response
    if isinstance(response, JSONResponse) and response.status_code == 200:
        data = json.loads(response.body)
        if isinstance(data, dict) and "choices" in data:
            answer = ((data["choices"] or [{}])[0].get("message") or {}).get("content") or ""
            data["citations"] = citations(retrieval, answer)
            if retrieval.notice:
                data["retrieval_notice"] = retrieval.notice
            headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
            return JSONResponse(data, headers=headers)
    return response


async def _stream(events, retrieval):
    buf, first, parts, last_obj = b"", True, [], None
    async for chunk in events:
        if isinstance(chunk, str):
            chunk = chunk.encode()
        buf += chunk
        cut = buf.rfind(b"\n\n")
        if cut < 0:
            continue
        ready, buf = buf[: cut + 2], buf[cut + 2 :]
        out = []
        for event in ready.split(b"\n\n"):
            if not event.strip():
                continue
            line = event.strip()
            if line.startswith(b"data: {"):
                try:
                    obj = json.loads(line[6:])
                except ValueError:
                    obj = None
                if isinstance(obj, dict) and "choices" in obj:
                    last_obj = obj
                    for c in obj.get("choices") or []:
                        if int(c.get("index") or 0) == 0:
                            parts.append((c.get("delta") or {}).get("content") or "")
                    if first:
                        first = False
                        obj = dict(obj, citations=[dict(c, cited=None) for c in citations(retrieval, "")])
                        if retrieval.notice:
                            obj["retrieval_notice"] = retrieval.notice
                        event = b"data: " + json.dumps(obj, ensure_ascii=False).encode()
            elif line == b"data: [DONE]" and last_obj is not None:
                tail = {
                    "id": last_obj.get("id"),
                    "object": "chat.completion.chunk",
                    "created": last_obj.get("created"),
                    "model": last_obj.get("model"),
                    "choices": [],
                    "citations": citations(retrieval, "".join(parts)),
                }
                out.append(b"data: " + json.dumps(tail, ensure_ascii=False).encode() + b"\n\n")
            out.append(event + b"\n\n")
        yield b"".join(out)
    if buf:
        yield buf


def ask(
    session,
    home,
    catalog,
    keys,
    collections: list[str],
    messages: list[dict],
    *,
    k: int = DEFAULT_K,
    mode: str = "hybrid",
    purpose: str = "ask",
    **generation,
):
    """A conversation's next answer from document collections, in a ``ChatSession`` (the
    terminal's ``appliance ask``, the Playground's "Use documents"): the retrieval (audited
    ``docs.retrieve``) and the answer's pieces as they stream. ``citations(retrieval, answer)``
    marks which sources the finished answer cites."""
    from appliance.knowledge.retriever import retrieve

    retrieval = retrieve(home, catalog, keys, collections, last_user_text(messages), k=k, mode=mode, purpose=purpose)
    return retrieval, session.reply(grounded_messages(messages, retrieval), **generation)
