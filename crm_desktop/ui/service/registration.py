"""Adds this feature's views and card tabs to the main window: the service requests view and
the client card's tab of requests. The requests' escalation round and the badge (overdue
requests) are a window duty (service_duty), so the view is built when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.clients.card_tabs import CardTab, register_card_tab
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service.timing import FETCH_EVERY_MS, SCHEDULE_MS
from crm_desktop.ui.views import ViewSpec, register_duty, register_view


def _requests(app: AppContext) -> QWidget:
    from crm_desktop.ui.service.view import RequestsView

    return RequestsView(app)


def _desk_duty(app: AppContext, window: QWidget) -> object:
    from crm_desktop.ui.service.service_duty import RequestsDuty

    return RequestsDuty(app, window)


def _rules(app: AppContext) -> QWidget:
    from crm_desktop.ui.service.rules_view import RulesView

    return RulesView(app)


def _mail(app: AppContext) -> QWidget:
    from crm_desktop.ui.service.mail_view import MailView

    return MailView(app)


def _fetch_mail(view: QWidget) -> None:  # the first round of the mail view made by _mail
    from crm_desktop.ui.service.mail_view import MailView

    if isinstance(view, MailView):
        view.fetch()


def _run_rules(view: QWidget) -> None:  # the first round of the rules view made by _rules
    from crm_desktop.ui.service.rules_view import RulesView

    if isinstance(view, RulesView):
        view.run_scheduled()


def _card_tab(app: AppContext, kind: str, ident: str) -> QWidget:
    from crm_desktop.ui.service.card_tab import ClientRequestsTab

    return ClientRequestsTab(app, kind, ident)


def _letters_tab(app: AppContext, kind: str, ident: str) -> QWidget:
    from crm_desktop.ui.service.letters_tab import ClientLettersTab

    return ClientLettersTab(app, kind, ident)


def register() -> None:
    """Registers the views (crm_desktop.ui.views) and card tabs (ui.clients.card_tabs)."""
    register_view(ViewSpec(key="service", title=lambda: QCoreApplication.translate(
        "Views", "Requests"), icon="service.svg", factory=_requests, order=47, lazy=True))
    register_duty("service_requests", _desk_duty)
    register_view(ViewSpec(key="mail", title=lambda: QCoreApplication.translate(
        "Views", "Mail"), icon="mail.svg", factory=_mail, order=48, lazy=True,
        wake_after_ms=FETCH_EVERY_MS, wake=_fetch_mail))
    register_view(ViewSpec(key="automation", title=lambda: QCoreApplication.translate(
        "Views", "Automation"), icon="automation.svg", factory=_rules, order=85, lazy=True,
        wake_after_ms=SCHEDULE_MS, wake=_run_rules))
    register_card_tab(CardTab(key="service", title=lambda: QCoreApplication.translate(
        "CardTabs", "Requests"), factory=_card_tab, order=65))
    register_card_tab(CardTab(key="mail", title=lambda: QCoreApplication.translate(
        "CardTabs", "Letters"), factory=_letters_tab, order=66))
