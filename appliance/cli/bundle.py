"""``appliance-bundle``: keys, signing, and the offline installer (docs/formats/bundle.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from appliance.errors import ApplianceError
from appliance.messages import LANGUAGES, M, Message, set_language, text


def _reason(rep: dict):
    """Why this variant: the message stored beside the English (an older record has only that)."""
    d = rep.get("variant_reason_message")
    return Message.from_dict(d) if isinstance(d, dict) else rep.get("variant_reason")


def _passphrase(path: Path | None) -> bytes | None:
    if path is None:
        return None
    return path.read_bytes().rstrip(b"\r\n")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    help="The language of messages (default: env APPLIANCE_LANGUAGE, else the locale: LANG; else English).",
)
def cli(language: str | None) -> None:
    """Signed offline bundles: keys and signing (on the build side), verify, install, rollback and
    status (on the air-gapped machine)."""
    if language:
        set_language(language)


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--name", required=True, help="File name: NAME.key (private) and NAME.pub.")
@click.option(
    "--passphrase-file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Encrypt the private key with this passphrase (recommended for root keys).",
)
def keygen(out, name, passphrase_file):
    """Create an Ed25519 key pair (a root key for each IT key holder, and one release key)."""
    from appliance.bundle.sign import keygen as make

    key, pub, keyid = make(out, name, _passphrase(passphrase_file))
    click.echo(
        text(
            M(
                "cli.bundle.keygen_done",
                "Private key: {key} (keep it offline). Public key: {pub}. Key id: {keyid}",
                key=str(key),
                pub=str(pub),
                keyid=keyid,
            )
        )
    )


def _signers(paths, passphrase_file):
    from appliance.bundle.sign import load_signer

    return [load_signer(p, _passphrase(passphrase_file)) for p in paths]


@cli.command("init-state")
@click.option("--state", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--root-pub", "root_pubs", multiple=True, type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--release-pub", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--threshold", type=click.IntRange(1, 16), default=1, show_default=True)
@click.option(
    "--root-key",
    "root_keys",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    required=True,
    help="Private root keys that sign root version 1 (at least the threshold).",
)
@click.option("--passphrase-file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
def init_state(state, root_pubs, release_pub, threshold, root_keys, passphrase_file):
    """Start a release state: root version 1 naming the root keys and the release key."""
    from appliance.bundle.sign import fingerprint
    from appliance.bundle.sign import init_state as init

    path = init(state, list(root_pubs), release_pub, threshold, _signers(root_keys, passphrase_file))
    click.echo(
        text(
            M(
                "cli.bundle.state_created",
                "Root version 1 in {path}. Fingerprint (give it to IT): {fingerprint}",
                path=str(path),
                fingerprint=fingerprint(path.read_bytes()),
            )
        )
    )


@cli.command("rotate-root")
@click.option("--state", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True)
@click.option("--old-key", "old_keys", multiple=True, type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--new-root-pub", "new_pubs", multiple=True, type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--new-key", "new_keys", multiple=True, type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--threshold", type=click.IntRange(1, 16), default=1, show_default=True)
@click.option("--release-pub", type=click.Path(exists=True, path_type=Path), help="A new release key, if it changes.")
@click.option("--passphrase-file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
def rotate_root(state, old_keys, new_pubs, new_keys, threshold, release_pub, passphrase_file):
    """Replace the root keys: the next root version, signed by the old threshold and the new."""
    from appliance.bundle.sign import fingerprint
    from appliance.bundle.sign import rotate_root as rotate

    path = rotate(
        state,
        _signers(old_keys, passphrase_file),
        list(new_pubs),
        threshold,
        _signers(new_keys, passphrase_file),
        release_pub,
    )
    click.echo(
        text(
            M(
                "cli.bundle.root_rotated",
                "New root {name}. Fingerprint: {fingerprint}",
                name=path.name,
                fingerprint=fingerprint(path.read_bytes()),
            )
        )
    )


@cli.command()
@click.argument("bundle", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--state", type=click.Path(file_okay=False, exists=True, path_type=Path), required=True)
@click.option("--release-key", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("--passphrase-file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--expires-days",
    type=click.IntRange(1, 3650),
    default=30,
    show_default=True,
    help="How long the bundle may be installed (the timestamp's expiry).",
)
def sign(bundle, state, release_key, passphrase_file, expires_days):
    """Write BUNDLE/metadata/ for the files in BUNDLE/targets/."""
    from appliance.bundle.sign import load_signer, sign_bundle

    out = sign_bundle(
        bundle, state, load_signer(release_key, _passphrase(passphrase_file)), timestamp_days=expires_days
    )
    click.echo(
        text(
            M(
                "cli.bundle.signed",
                "Signed {n} files as release {version} (root version {root_version}); installable until {expires}.",
                n=out["targets"],
                version=out["version"],
                root_version=out["root_version"],
                expires=out["timestamp_expires"],
            )
        )
    )


_prefix = click.option(
    "--prefix",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="The install folder (versions/, current, state/).",
)


@cli.command()
@click.argument("bundle", type=click.Path(exists=True, path_type=Path))
@_prefix
@click.option(
    "--root",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The root to trust, the first time only (IT received it separately).",
)
@click.option("--json", "as_json", is_flag=True)
def verify(bundle, prefix, root, as_json):
    """Verify BUNDLE (folder or archive) against the trusted root; install nothing."""
    from appliance.bundle.install import Installer

    rep = Installer(prefix).verify(bundle, root=root)
    if as_json:
        click.echo(json.dumps(rep, indent=2))
        return
    click.echo(
        text(
            M(
                "cli.bundle.verified",
                "PASS: release {version}, {n} files, {bytes} bytes, signed under root {fingerprint}.",
                version=rep["version"],
                n=rep["files"],
                bytes=rep["bytes"],
                fingerprint=rep["root_fingerprint"],
            )
        )
    )


@cli.command()
@click.argument("bundle", type=click.Path(exists=True, path_type=Path))
@_prefix
@click.option(
    "--root",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The root to trust, the first time only (compare its fingerprint with IT's).",
)
@click.option("--variant", help="Install this variant (cpu, cuda) instead of the one chosen for this machine.")
def install(bundle, prefix, root, variant):
    """Verify BUNDLE, then install it (the variant for this machine) as a new version and make it current."""
    from appliance.bundle.install import Installer

    rep = Installer(prefix).install(bundle, root=root, variant=variant)
    click.echo(
        text(
            M(
                "cli.bundle.installed",
                "Installed release {version} ({n} files verified), variant {variant} "
                "({reason}), in {path}; it is current. Trusted root: {fingerprint}.",
                version=rep["version"],
                n=rep["files"],
                variant=rep["variant"],
                reason=_reason(rep),
                path=str(prefix / "versions" / rep["version"]),
                fingerprint=rep["root_fingerprint"],
            )
        )
    )


@cli.command()
@_prefix
@click.option("--to", "to", help="The installed version to return to (default: the one before).")
def rollback(prefix, to):
    """Return to an earlier installed version, on purpose (recorded in the install history)."""
    from appliance.bundle.install import Installer

    st = Installer(prefix).rollback(to)
    click.echo(
        text(
            M(
                "cli.bundle.rolled_back",
                "Current version: {current} (was {previous}).",
                current=st["current"],
                previous=st["previous"],
            )
        )
    )


@cli.command()
@_prefix
@click.option("--json", "as_json", is_flag=True)
def status(prefix, as_json):
    """Installed versions, the current one, and the trusted root."""
    from appliance.bundle.install import Installer

    st = Installer(prefix).status()
    if as_json:
        click.echo(json.dumps(st, indent=2))
        return
    none = M("cli.bundle.none", "none")
    click.echo(
        text(
            M(
                "cli.bundle.status",
                "Current: {current}; previous: {previous}; installed: {versions}",
                current=st["current"] or none,
                previous=st["previous"] or none,
                versions=", ".join(st["versions"]) or none,
            )
        )
    )
    if st.get("variant"):
        reason = _reason(st)
        if reason:
            click.echo(
                text(
                    M(
                        "cli.bundle.variant_reason",
                        "Variant: {variant} ({reason})",
                        variant=st["variant"],
                        reason=reason,
                    )
                )
            )
        else:
            click.echo(text(M("cli.bundle.variant", "Variant: {variant}", variant=st["variant"])))
    if "trusted_root" in st:
        r = st["trusted_root"]
        click.echo(
            text(
                M(
                    "cli.bundle.trusted_root",
                    "Trusted root version {version} (threshold {threshold} of {n} keys), "
                    "expires {expires}, fingerprint {fingerprint}",
                    version=r["version"],
                    threshold=r["threshold"],
                    n=len(r["keys"]),
                    expires=r["expires"],
                    fingerprint=r["fingerprint"],
                )
            )
        )


def main(argv: list[str] | None = None) -> int:
    from appliance.offline import apply_offline_env, install_network_guard

    apply_offline_env()
    install_network_guard()
    try:
        cli.main(args=argv, standalone_mode=False)
        return 0
    except ApplianceError as exc:
        click.echo(f"{text(M('cli.error_label', 'Error:'))} {exc.message}", err=True)
        if exc.hint_msg is not None:
            click.echo(f"{text(M('error.what_to_do', 'What to do:'))} {exc.hint}", err=True)
        return getattr(exc, "exit_code", 1) or 1
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        return 1


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
