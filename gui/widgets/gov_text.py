"""The governance words the core writes as ids (roles, request and person statuses), in the
interface language, and who is signed in, for the Workspace, People and Approvals pages and the
status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject

from gui.widgets.common import ltr


class GovText(QObject):
    """``GovText().role("operator")`` → the role's name in the interface language."""

    def role(self, role: str | None) -> str:
        names = {
            "admin": self.tr("admin"),
            "operator": self.tr("operator"),
            "approver": self.tr("approver"),
            "auditor": self.tr("auditor"),
        }
        return names.get(role or "", role or "")

    def role_help(self, role: str) -> str:
        """What a role may do (docs/governance.md, "Roles")."""
        return {
            "admin": self.tr("people, policy, auditors and key rotation, and everything an operator does"),
            "operator": self.tr("data, training, export, evaluation, serving; asks for promotions"),
            "approver": self.tr("decides approval requests; may chat with a model to judge it"),
            "auditor": self.tr("exports evidence packages only"),
        }.get(role, "")

    def status(self, status: str | None) -> str:
        names = {
            "pending": self.tr("pending"),
            "approved": self.tr("approved"),
            "refused": self.tr("refused"),
            "used": self.tr("used"),
            "expired": self.tr("expired"),
            "void": self.tr("void (no longer holds)"),
            "active": self.tr("active"),
            "removed": self.tr("removed"),
        }
        return names.get(status or "", status or "")

    def signed_in(self, person: dict, role: str | None = None) -> str:
        """ "Signed in as NAME (role)"; ``role``: the current one, when it changed since."""
        return self.tr("Signed in as {name} ({role})").format(
            name=ltr(person["name"]), role=self.role(role or person["role"])
        )
