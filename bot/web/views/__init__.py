"""Pages and actions of the business support queue, one module per job. Each handler is small and named.

Reading pages are plain ``def`` handlers (FastAPI runs them in a thread); actions are POST forms
checked for CSRF by ``bot.web.csrf_guard`` before they run, and each action is one transaction:
the change, its audit event and whatever the workflow does next commit together or not at all.

- ``common``: what they share (the Jinja environment, ``render``, ``_signed_in``, ``_flash``…)
- ``signin``: sign-in and sign-out
- ``queue``: the list of requests and its filters
- ``request_page``: one request, and its attachments
- ``actions``: the ``_do_*`` actions on a request, ``ACTIONS``, ``ActionError``
- ``review``: inbound messages needing review (process again, mark handled)
- ``reporting``: the reports page, its exports, the monthly review record

``bot.web.create_app`` includes their routers; the names other code and tests used from the one
module ``bot.web.views`` are re-exported here.
"""
from __future__ import annotations

from bot.states import REVIEW_STATUSES
from bot.web.views.actions import ACTIONS, ActionError
from bot.web.views.common import SignInRequired, env, error_page, render, signin_redirect

__all__ = ["ACTIONS", "REVIEW_STATUSES", "ActionError", "SignInRequired", "env", "error_page", "render",
           "signin_redirect"]
