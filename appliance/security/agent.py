"""The session agent: keeps an unlocked master key in memory between CLI commands.

``appliance unlock`` checks the passphrase, then starts this agent as a detached process and
hands it the master key through a pipe; ``appliance lock`` (or the idle timeout, default 15
minutes) ends it, overwriting the key. Commands ask the agent to wrap and unwrap *data keys*;
the master key itself never leaves the agent's memory and is never written anywhere.

The agent listens on a Unix socket in a per-user 0700 directory
(``$XDG_RUNTIME_DIR`` or the temp dir, ``appliance-<uid>/``), named after the home it serves,
and answers only peers with the same user id (``SO_PEERCRED``). One JSON request per
connection: ``status``, ``wrap``, ``unwrap``, ``lock``.

    python -m appliance.security.agent SOCKET IDLE_SECONDS   (master key JSON on stdin)
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from appliance.errors import ApplianceError
from appliance.messages import M, Message
from appliance.security.vault import MasterKey

DEFAULT_IDLE_SECONDS = 15 * 60
CLIENT_TIMEOUT_S = 5  # a client that connects and sends nothing is dropped after this


def _runtime_dir() -> Path:
    base = Path(os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()) / f"appliance-{os.getuid()}"
    base.mkdir(mode=0o700, exist_ok=True)
    st = base.stat()
    if st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise ApplianceError(
            M(
                "agent.runtime_dir_not_private",
                "{path} is not private to this user; refusing to use it for the key agent.",
                path=str(base),
            ),
            hint=M(
                "agent.runtime_dir_not_private.hint", "Remove it (or fix its owner and mode to 0700) and unlock again."
            ),
        )
    return base


def socket_path(home_root: Path) -> Path:
    """Short, per-home socket path (Unix socket paths are limited to ~100 bytes)."""
    digest = hashlib.sha256(str(Path(home_root).resolve()).encode()).hexdigest()[:20]
    return _runtime_dir() / f"{digest}.sock"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode())


# Client ------------------------------------------------------------------------------------
class AgentClient:
    """A key provider backed by a running agent (same interface as ``MasterKey``)."""

    def __init__(self, path: Path):
        self.path = path
        status = self._call({"op": "status"})
        self.workspace_id, self.mk_id = status["workspace_id"], status["mk_id"]
        self.person = status.get("person")  # who unlocked it, in a workspace with people
        self.expires_in = status["expires_in"]

    def _call(self, request: dict) -> dict:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(10)
            s.connect(str(self.path))
            s.sendall(json.dumps(request).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                block = s.recv(65536)
                if not block:
                    break
                data += block
        reply = json.loads(data or b"{}")
        if "error" in reply:
            reason = reply["error"]
            if isinstance(reply.get("error_message"), dict):
                reason = Message.from_dict(reply["error_message"])
            raise ApplianceError(
                M("agent.refused", "The key agent refused: {reason}", reason=reason),
                hint=M("agent.refused.hint", "Lock and unlock again (`appliance lock`, then `appliance unlock`)."),
            )
        return reply

    def wrap_data_key(self, key_id: str, object_id: str, dek: bytes) -> bytes:
        return _unb64(self._call({"op": "wrap", "key_id": key_id, "object_id": object_id, "key": _b64(dek)})["blob"])

    def unwrap_data_key(self, key_id: str, object_id: str, blob: bytes) -> bytes:
        return _unb64(self._call({"op": "unwrap", "key_id": key_id, "object_id": object_id, "blob": _b64(blob)})["key"])

    def lock(self) -> None:
        try:
            self._call({"op": "lock"})
        except (OSError, ValueError):
            pass


def connect(home_root: Path) -> AgentClient | None:
    """The running agent for this home, or None."""
    path = socket_path(home_root)
    if not path.exists():
        return None
    try:
        return AgentClient(path)
    except (OSError, ValueError, ApplianceError):
        return None


def start(
    home_root: Path, mk: MasterKey, idle_seconds: int = DEFAULT_IDLE_SECONDS, person: dict | None = None
) -> AgentClient:
    """Start a detached agent holding ``mk`` (replacing a running one), and in a workspace with
    people the person who unlocked it (``{"id", "name", "role"}``). Returns a client."""
    path = socket_path(home_root)
    old = connect(home_root)
    if old is not None:
        old.lock()
    if path.exists():
        path.unlink()
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance.security.agent", str(path), str(idle_seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )
    assert proc.stdin is not None
    secret = {"workspace_id": mk.workspace_id, "mk_id": mk.mk_id, "key": mk.raw().hex(), "person": person}
    proc.stdin.write(json.dumps(secret).encode())
    proc.stdin.close()
    deadline = time.time() + 20
    while time.time() < deadline:
        client = connect(home_root)
        if client is not None:
            return client
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    raise ApplianceError(
        M("agent.did_not_start", "The key agent did not start."),
        hint=M("agent.did_not_start.hint", "Run the command again with --debug."),
    )


def stop(home_root: Path) -> bool:
    client = connect(home_root)
    if client is None:
        return False
    client.lock()
    return True


# Server ------------------------------------------------------------------------------------
def _peer_uid(conn: socket.socket) -> int | None:
    if not hasattr(socket, "SO_PEERCRED"):
        return None  # the socket directory's 0700 mode is the protection there
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


def serve(path: Path, mk: MasterKey, idle_seconds: int, person: dict | None = None) -> None:
    """Answer clients until ``lock``, SIGTERM or ``idle_seconds`` without a request.

    Each client is served on a thread of its own with a short timeout, so a client that connects
    and says nothing delays nobody else.
    """
    import threading

    os.umask(0o077)
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(str(path))
    os.chmod(path, 0o600)
    srv.listen(16)
    lock = threading.Lock()
    state = {"deadline": time.monotonic() + idle_seconds, "stopping": False}
    clients: list[threading.Thread] = []

    def on_term(_signum, _frame):
        state["stopping"] = True

    def client(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(CLIENT_TIMEOUT_S)
            uid = _peer_uid(conn)
            if uid is not None and uid != os.getuid():
                conn.sendall(json.dumps(_error(M("agent.wrong_user", "wrong user"))).encode() + b"\n")
                return
            try:
                data = b""
                while not data.endswith(b"\n") and len(data) < 1 << 20:
                    block = conn.recv(65536)
                    if not block:
                        break
                    data += block
                request = json.loads(data)
                with lock:
                    if state["stopping"] or time.monotonic() >= state["deadline"]:
                        reply = _error(M("agent.session_locked", "the session is locked"))  # accepted as it ended
                    else:
                        reply, stop = _handle(request, mk, state["deadline"], person)
                        state["stopping"] = stop
                        state["deadline"] = time.monotonic() + idle_seconds
            except Exception as exc:  # noqa: BLE001 - one bad or silent client must not end the session
                reply = {"error": str(exc) or type(exc).__name__}
                if isinstance(exc, ApplianceError):
                    reply["error_message"] = exc.msg.to_dict()
            try:
                conn.sendall(json.dumps(reply).encode() + b"\n")
            except OSError:
                pass

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    try:
        while not state["stopping"] and time.monotonic() < state["deadline"]:
            ready, _, _ = select.select([srv], [], [], min(0.5, max(0.0, state["deadline"] - time.monotonic())))
            if not ready:
                continue
            conn, _ = srv.accept()
            t = threading.Thread(target=client, args=(conn,), daemon=True)
            t.start()
            clients = [c for c in clients if c.is_alive()] + [t]
    finally:
        try:
            path.unlink()  # first: no new client finds a socket that is closing
        except FileNotFoundError:
            pass
        srv.close()
        with lock:
            state["stopping"] = True
            mk.forget()  # a client still talking gets "locked", never a half-wiped key
        for t in clients:
            t.join(CLIENT_TIMEOUT_S + 1)


def _handle(request: dict, mk: MasterKey, deadline: float, person: dict | None = None) -> tuple[dict, bool]:
    op = request.get("op")
    if op == "status":
        return {
            "workspace_id": mk.workspace_id,
            "mk_id": mk.mk_id,
            "expires_in": int(deadline - time.monotonic()),
            "person": person,
        }, False
    if op == "wrap":
        return {"blob": _b64(mk.wrap_data_key(request["key_id"], request["object_id"], _unb64(request["key"])))}, False
    if op == "unwrap":
        return {
            "key": _b64(mk.unwrap_data_key(request["key_id"], request["object_id"], _unb64(request["blob"])))
        }, False
    if op == "lock":
        return {"locked": True}, True
    return _error(M("agent.unknown_operation", "unknown operation {op}", op=repr(op))), False


def _error(message: Message) -> dict:
    """An error reply: the English text (what the protocol always carried) and the message."""
    return {"error": message.render("en"), "error_message": message.to_dict()}


def main(argv: list[str]) -> int:
    from appliance import isolation
    from appliance.offline import apply_offline_env, install_network_guard

    apply_offline_env()
    install_network_guard()
    isolation.install()  # llama.cpp or torch in this process, never both
    path, idle = Path(argv[0]), int(argv[1])
    secret = json.loads(sys.stdin.buffer.read())
    mk = MasterKey(secret["workspace_id"], secret["mk_id"], bytes.fromhex(secret["key"]))
    person = secret.get("person")
    del secret
    serve(path, mk, idle, person)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
