"""Audit page: verify this workspace's log and export evidence; auditor mode reads a package with
the auditor's own key, shows a clear verdict and the records in a filterable table."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from gui.core_text import core_text
from gui.pages.datasets import fill, table
from gui.widgets.common import Banner, Page, Section, button_row, local_number, local_time, ltr

OUTCOMES = ("ok", "refused", "denied", "cancelled", "failed", "error")


def _seq(seq) -> str:
    """A record number in the interface language's digits (as the table shows it)."""
    return local_number(seq) if isinstance(seq, int) else str(seq if seq is not None else "—")


class AuditPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        self.local_box = Section()
        row, (self.verify_local, self.export_btn) = button_row(self.verify_workspace, self.export_package)
        self.local_box.body.addLayout(row)
        self.local_banner = Banner()
        self.local_box.body.addWidget(self.local_banner)
        lay.addWidget(self.local_box)

        self.auditor_box = Section()
        f = QFormLayout()
        self.key, self.key_pass, self.package, self.kept = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.key_pass.setEchoMode(QLineEdit.Password)
        self.form_labels = [QLabel() for _ in range(4)]
        self.browse = []
        for lbl, w, folder in zip(
            self.form_labels,
            (self.key, self.key_pass, self.package, self.kept),
            (False, None, True, False),
            strict=True,
        ):
            if folder is None:
                f.addRow(lbl, w)
                continue
            r = QHBoxLayout()
            b = QPushButton()
            b.clicked.connect(lambda _=False, w=w, folder=folder: self.pick(w, folder))
            self.browse.append(b)
            r.addWidget(w, 1)
            r.addWidget(b)
            f.addRow(lbl, r)
        self.auditor_box.body.addLayout(f)
        row, (self.verify_pkg, self.save_report, self.keep_cp) = button_row(
            self.verify_package, self.write_report, self.keep_checkpoint
        )
        self.auditor_box.body.addLayout(row)
        self.banner = Banner()
        self.auditor_box.body.addWidget(self.banner)
        lay.addWidget(self.auditor_box)

        # The records of whatever was verified last: this workspace's log or an auditor's package.
        self.records_box = Section()
        grid = QGridLayout()
        self.f_since, self.f_until, self.f_actor, self.f_action, self.f_object = (QLineEdit() for _ in range(5))
        self.f_outcome = QComboBox()
        self.filters = [self.f_since, self.f_until, self.f_actor, self.f_action, self.f_object, self.f_outcome]
        self.filter_labels = [QLabel() for _ in self.filters]
        for i, (lbl, w) in enumerate(zip(self.filter_labels, self.filters, strict=True)):
            grid.addWidget(lbl, 0, i)
            grid.addWidget(w, 1, i)
            (w.currentIndexChanged if isinstance(w, QComboBox) else w.textChanged).connect(self.apply_filters)
        self.records_box.body.addLayout(grid)
        self.records = table(7)
        self.records_box.body.addWidget(self.records, 1)
        lay.addWidget(self.records_box, 1)
        self._result = self._extra = self._pkg = None
        self._local_res = self._pkg_verdict_for = None
        self._shown = []
        state.lock_changed.connect(self._lock_changed)
        self.retranslate()

    def _lock_changed(self, unlocked: bool) -> None:
        """Locking removes this workspace's decrypted records from the window."""
        self._local_res = None
        if not unlocked and self._result is not None and self._pkg is None:
            self._result, self._shown = None, []
            fill(self.records, [])
            self._title_records()

    def title(self) -> str:
        return self.tr("Audit")

    def retranslate(self) -> None:
        self.show_local_verdict()
        self.show_package_verdict()
        self.local_box.setTitle(self.tr("This workspace's audit log"))
        self.verify_local.setText(self.tr("Verify the log"))
        self.export_btn.setText(self.tr("Export an evidence package…"))
        self.auditor_box.setTitle(self.tr("Auditor mode: verify a package with your own key"))
        for lbl, t in zip(
            self.form_labels,
            (
                self.tr("Auditor key"),
                self.tr("Key passphrase"),
                self.tr("Evidence package"),
                self.tr("Kept checkpoint"),
            ),
            strict=True,
        ):
            lbl.setText(t)
        self.key_pass.setPlaceholderText(self.tr("only if your key is protected"))
        self.kept.setPlaceholderText(self.tr("optional: from your previous verification"))
        for b in self.browse:
            b.setText(self.tr("Browse…"))
        self.verify_pkg.setText(self.tr("Verify package"))
        self.save_report.setText(self.tr("Save report (HTML, CSV, JSONL)…"))
        self.keep_cp.setText(self.tr("Keep this checkpoint…"))
        for lbl, t in zip(
            self.filter_labels,
            (
                self.tr("From (UTC)"),
                self.tr("To (UTC)"),
                self.tr("User or role"),
                self.tr("Action"),
                self.tr("Object"),
                self.tr("Outcome"),
            ),
            strict=True,
        ):
            lbl.setText(t)
        self._title_records()
        self.f_since.setPlaceholderText("2026-11-01")
        current = self.f_outcome.currentIndex()
        self.f_outcome.clear()
        self.f_outcome.addItem(self.tr("any"), None)
        for o in OUTCOMES:
            self.f_outcome.addItem(self.outcome_text(o), o)
        self.f_outcome.setCurrentIndex(max(current, 0))
        self.records.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Time (UTC)"),
                self.tr("User"),
                self.tr("Role"),
                self.tr("Action"),
                self.tr("Outcome"),
                self.tr("Objects"),
            ]
        )
        self.apply_filters()  # the records' times, numbers and outcomes in the new language

    def outcome_text(self, outcome) -> str:
        """An audit record's outcome (``ok``, ``refused``…) in the interface language."""
        return {
            "ok": self.tr("ok"),
            "refused": self.tr("refused"),
            "denied": self.tr("denied"),
            "cancelled": self.tr("cancelled"),
            "failed": self.tr("failed"),
            "error": self.tr("error"),
        }.get(outcome, outcome or "")

    def role_text(self, role) -> str:
        """The role a record was made in: the appliance's own default, ``operator``, translated."""
        return self.tr("operator") if role == "operator" else (role or "")

    def _title_records(self) -> None:
        if self._result is None:
            self.records_box.setTitle(self.tr("Records (verify the log or a package to list them)"))
        elif self._pkg is None:
            self.records_box.setTitle(self.tr("Records of this workspace's log"))
        else:
            self.records_box.setTitle(self.tr("Records of the evidence package"))

    def pick(self, widget, folder: bool) -> None:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Evidence package"))
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("File"))
        if path:
            widget.setText(path)

    # Operator side --------------------------------------------------------------------------
    def verify_workspace(self) -> None:
        """Check this workspace's log; when unlocked, also decrypt it into the records table."""
        self._local_res = None
        self.local_banner.hide()  # no verdict of an older check while this one runs

        def job(ctx):
            from appliance.audit.evidence import verify_log

            keys = ctx.keys
            return verify_log(ctx.catalog, keys=(lambda: keys) if keys is not None else None).result

        def done(res):
            self._local_res = res
            self.show_local_verdict()
            if res.decrypted:
                # The table shows this workspace's records until a package is verified.
                self._result, self._extra, self._pkg = res, [], None
                self.apply_filters()

        self.state.run(job, on_done=done, refresh=False)

    def show_local_verdict(self) -> None:
        """The last check of this workspace's log, in the current language (re-rendered when the
        language changes: D10, verdicts stayed in the language they were made in)."""
        res = getattr(self, "_local_res", None)
        if res is None:
            return
        if res.ok:
            self.local_banner.set_verdict(
                True,
                self.tr("PASS: {n} records intact, {c} signed checkpoints verified.").format(
                    n=local_number(res.size), c=local_number(res.checkpoints_ok)
                ),
            )
        else:
            self.local_banner.set_verdict(
                False, self.tr("FAIL: tampering found; {where}.").format(where=self._where(res))
            )

    def _where(self, res) -> str:
        """Where the damage starts, in the interface language, as exact as the evidence allows (as the
        verifier's ``VerifyResult.where`` says it): a record, a bound, the signed head, or the log."""
        b = res.bounds()
        if b is None:
            if res.findings and all(f.kind == "head" for f in res.findings):
                return self.tr("the signed head in the log's state, not a record")
            return self.tr("the log as a whole")
        lo, hi = b
        if lo == hi:
            return self.tr("first bad record {seq}").format(seq=_seq(lo))
        if hi is None:
            return self.tr("first bad record at or after {lo} (the evidence bounds it, it does not name it)").format(
                lo=_seq(lo)
            )
        return self.tr(
            "first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)"
        ).format(lo=_seq(lo), hi=_seq(hi))

    def show_package_verdict(self) -> None:
        if getattr(self, "_pkg_verdict_for", None) is None:
            return
        res, extra = self._pkg_verdict_for
        if res.ok and not extra:
            self.banner.set_verdict(
                True,
                self.tr("PASS: the log is intact ({n} records, {c} signed checkpoints).").format(
                    n=local_number(res.size), c=local_number(res.checkpoints_ok)
                ),
            )
        else:
            where = self._where(res) if not res.ok else "—"
            detail = "; ".join([core_text(str(f)) for f in res.findings[:3]] + [core_text(e) for e in extra[:2]])
            self.banner.set_verdict(
                False, self.tr("FAIL: tampering detected; {where}.").format(where=where) + "\n" + detail
            )

    def showEvent(self, event):  # noqa: N802
        # Opening the page on an unlocked workspace verifies the log and lists its records; again
        # whenever the log has grown since (D10: a first visit showed "PASS: 26 records" for a log
        # of 41), unless an evidence package is being read.
        if self.state.unlocked and self.state.initialised and getattr(self, "_pkg", None) is None:
            last = getattr(self, "_local_res", None)
            if last is None or last.size != self.state.catalog.db["audit_records"].count:
                self.verify_workspace()
        super().showEvent(event)

    def export_package(self) -> None:
        dest = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package (a new, empty one)"))
        if not dest:
            return
        target = Path(dest) / "audit-package" if any(Path(dest).iterdir()) else Path(dest)

        def job(ctx):
            from appliance.audit.evidence import export_evidence

            return export_evidence(ctx.catalog, target)

        self.state.run(
            job,
            on_done=lambda done: self.info(
                self.tr("Wrote {path}: {n} records.").format(path=ltr(done.path), n=local_number(done.size)), "success"
            ),
        )

    # Auditor side ---------------------------------------------------------------------------
    def verify_package(self) -> None:
        key, pw, pkg, kept = (
            self.key.text().strip(),
            self.key_pass.text(),
            self.package.text().strip(),
            self.kept.text().strip(),
        )

        def job(ctx):
            from appliance.audit.package import PackageError, verify_package
            from appliance.errors import InvalidInputError

            try:
                return verify_package(
                    Path(pkg),
                    Path(key),
                    key_password=pw.encode() if pw else None,
                    kept_path=Path(kept) if kept else None,
                )
            except PackageError as exc:
                raise InvalidInputError(str(exc)) from exc

        def done(result):
            self._result, self._extra, self._pkg = result
            self._pkg_verdict_for = (self._result, self._extra)
            self.show_package_verdict()
            self.apply_filters()

        self.state.run(job, on_done=done, refresh=False)

    def _filters(self) -> dict:
        return {
            "since": self.f_since.text().strip() or None,
            "until": self.f_until.text().strip() or None,
            "actor": self.f_actor.text().strip() or None,
            "action": self.f_action.text().strip() or None,
            "obj": self.f_object.text().strip() or None,
            "outcome": self.f_outcome.currentData(),
        }

    def apply_filters(self) -> None:
        from appliance.audit.report import matches

        self._title_records()
        if self._result is None:
            return
        self._shown = [r for r in self._result.decrypted if matches(r, **self._filters())]
        fill(
            self.records,
            [
                [
                    local_number(r["seq"]) if r.get("seq") is not None else "",
                    local_time(r.get("time"), seconds=True, utc=True),
                    (r.get("actor") or {}).get("user"),
                    self.role_text((r.get("actor") or {}).get("role")),
                    r.get("action"),
                    self.outcome_text(r.get("outcome")),
                    " ".join(map(str, r.get("objects") or [])),
                ]
                for r in self._shown
            ],
        )

    def write_report(self) -> None:
        if self._result is None or self._pkg is None:
            self.info(self.tr("Verify a package first."), "error")
            return
        dest = QFileDialog.getExistingDirectory(self, self.tr("Folder for the report"))
        if not dest:
            return
        from appliance.audit.report import write_outputs

        f = self._filters()
        write_outputs(
            Path(dest),
            result=self._result,
            selected=self._shown,
            manifest=self._pkg["manifest"],
            filters={
                "since": f["since"],
                "until": f["until"],
                "actor": f["actor"],
                "action": f["action"],
                "object": f["obj"],
                "outcome": f["outcome"],
            },
            extra_findings=self._extra,
        )
        self.info(self.tr("Wrote report.html, records.csv and records.jsonl to {path}.").format(path=dest), "success")

    def keep_checkpoint(self) -> None:
        if self._pkg is None or not self._result.ok or not self._result.latest_checkpoint:
            self.info(self.tr("Only a checkpoint of a log that verified can be kept."), "error")
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Keep checkpoint"), "kept-checkpoint.json")
        if path:
            from appliance.audit import records
            from appliance.audit.package import kept_checkpoint_json

            keys = self._pkg["keys"]
            Path(path).write_text(
                json.dumps(
                    kept_checkpoint_json(
                        keys["log_id"], records.unb64(keys["signing_public"]), self._result.latest_checkpoint
                    ),
                    indent=2,
                )
                + "\n"
            )
            self.info(self.tr("Checkpoint kept in {path}.").format(path=path), "success")
