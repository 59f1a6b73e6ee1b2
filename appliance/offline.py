"""Offline by construction.

The appliance never needs a network other than loopback, and its users may not use one. Two
layers make that hold regardless of what a library would like to do:

1. ``apply_offline_env()`` sets the hub libraries' own offline switches (Hugging Face Hub,
   transformers, datasets, telemetry) before any of them is imported. ``appliance/__init__``
   calls it, so importing the core is enough.
2. ``install_network_guard()`` adds a CPython audit hook that refuses every socket connection,
   datagram and name lookup whose target is not loopback. A refused attempt raises
   ``NetworkPolicyError`` (an ``OSError`` too, so libraries treat it like a failed connection)
   and, when ``APPLIANCE_NETGUARD_LOG`` names a file, is appended there, which is how the tests
   prove that nothing tried. Audit hooks cannot be removed, which is the point.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
import time
import traceback

from appliance.errors import NetworkPolicyError
from appliance.messages import M

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "DO_NOT_TRACK": "1",
    "DISABLE_MLFLOW_INTEGRATION": "TRUE",
    "WANDB_MODE": "disabled",
    "BITSANDBYTES_NOWELCOME": "1",
}

GUARD_LOG_ENV = "APPLIANCE_NETGUARD_LOG"

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
_guard_lock = threading.Lock()
_guard_installed = False
# Hosts a site explicitly named (a routing policy's remote appliances): ``allow_remote``.
_allowed: dict[str, set[int]] = {}
_self_test = threading.local()


def apply_offline_env() -> None:
    """Force the hub libraries offline. Must run before they are imported."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


def offline_env_status() -> dict[str, bool]:
    """Which offline switches are in force in this process (for ``appliance doctor``)."""
    return {key: os.environ.get(key) == value for key, value in OFFLINE_ENV.items()}


def is_loopback_host(host) -> bool:
    """True for loopback IPs, ``localhost`` names and the unspecified host (None / "")."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").lower()
    if host in ("",) or host in _LOCAL_NAMES:
        return True
    host = host.split("%", 1)[0]  # IPv6 zone id
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def allow_remote(host: str, port: int) -> None:
    """Let this process reach ``host:port`` (one more exception to the loopback rule).

    Only for destinations the operator declared (a routing policy's remote appliance, over TLS
    with a token); the name lookup of ``host`` is allowed too. Never called by default."""
    name = str(host).strip("[]").lower()
    with _guard_lock:
        _allowed.setdefault(name, set()).add(int(port))
    if not _is_numeric(name):  # connect() sees addresses: allow what the name resolves to
        try:
            infos = socket.getaddrinfo(name, port, proto=socket.IPPROTO_TCP)
        except OSError:
            infos = []
        with _guard_lock:
            for info in infos:
                _resolved.setdefault(str(info[4][0]).lower(), set()).add(int(port))


def allowed_remotes() -> dict[str, list[int]]:
    return {h: sorted(p) for h, p in _allowed.items()}


def _allowed_target(host, port=None) -> bool:
    if not _allowed:
        return False
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    ports = _allowed.get(str(host).strip("[]").lower())
    if ports is None:
        # A name the policy gave may have resolved to an address: allow the addresses of allowed names.
        ports = _resolved.get(str(host).strip("[]").lower())
    return ports is not None and (port is None or port in ports)


_resolved: dict[str, set[int]] = {}


def _is_numeric(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    try:
        ipaddress.ip_address(str(host).strip("[]").split("%", 1)[0])
        return True
    except ValueError:
        return False


def _record(what: str, target) -> None:
    log_path = os.environ.get(GUARD_LOG_ENV)
    if not log_path or getattr(_self_test, "active", False):
        return
    stack = "".join(traceback.format_stack(limit=12)[:-3])
    line = f"{time.time():.3f} pid={os.getpid()} {what} {target!r}\n{stack}\n"
    try:
        with open(log_path, "a", encoding="utf-8") as f:
            f.write(line)
    except OSError:
        pass


def _refuse(what: str, target) -> None:
    _record(what, target)
    raise NetworkPolicyError(
        M(
            "network.blocked",
            "Blocked a network {what} to {target}: the appliance works offline and only "
            "talks to loopback (127.0.0.1 / ::1).",
            what=what,
            target=repr(target),
        ),
        hint=M(
            "network.blocked.hint",
            "Nothing is needed from the network; if a library asked for this, report it as a bug.",
        ),
    )


def _audit_hook(event: str, args) -> None:
    if event == "socket.connect" or event == "socket.sendto" or event == "socket.sendmsg":
        sock, address = args[0], args[-1]
        family = getattr(sock, "family", None)
        if family not in (socket.AF_INET, socket.AF_INET6):
            return  # Unix sockets, netlink: not a network
        if address is None:
            return
        host = address[0] if isinstance(address, tuple) else address
        port = address[1] if isinstance(address, tuple) and len(address) > 1 else None
        if not is_loopback_host(host) and not _allowed_target(host, port):
            _refuse(event.split(".", 1)[1], address)
    elif event == "socket.getaddrinfo":
        host = args[0]
        # A numeric address resolves without the network; connect() then decides.
        if not is_loopback_host(host) and not _is_numeric(host) and not _allowed_target(host):
            _refuse("name lookup", host)

    elif event in ("socket.gethostbyname", "socket.gethostbyaddr"):
        host = args[0]
        if not is_loopback_host(host) and not _is_numeric(host):
            _refuse("name lookup", host)


def install_network_guard() -> None:
    """Refuse non-loopback network use for the rest of this process. Idempotent."""
    global _guard_installed
    with _guard_lock:
        if _guard_installed:
            return
        sys.addaudithook(_audit_hook)
        _guard_installed = True


def network_guard_installed() -> bool:
    return _guard_installed


def guard_refuses_lookups() -> bool:
    """Self-test: does the guard refuse a name lookup? Never sends anything.

    Only attempted when the guard is installed (it refuses before the resolver runs), and the
    name is in the reserved ``.invalid`` domain; the deliberate attempt is not logged.
    """
    if not _guard_installed:
        return False
    _self_test.active = True
    try:
        socket.getaddrinfo("guard-self-test.invalid", 443)
    except NetworkPolicyError:
        return True
    except OSError:
        return False
    finally:
        _self_test.active = False
    return False
