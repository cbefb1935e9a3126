"""A writer who says the mail is not a request (`classify.SAYS_NOT_A_REQUEST`): the mail is filed as
other mail for a person to look at, never booked or chased as a step-up or step-down."""
from __future__ import annotations

import pytest

from bot.parser.classify import SAYS_NOT_A_REQUEST


@pytest.mark.parametrize("text", [
    "This is not a referral.",
    "I'm not making a step-up request yet.",
    "This isn't a step down - he's not open to social care.",
    "Sent for information only.",
    "No action is needed from MASH.",
    "No further action is needed from MASH today; these notes are for your records.",
    "These minutes are just for your information.",
    "Nothing in this update needs action from you.",
])
def test_the_writer_says_it_is_not_a_request(text):
    assert SAYS_NOT_A_REQUEST.search(text), text


@pytest.mark.parametrize("text", [
    "Please find the step up request for your records and for triage.",
    "I have kept a copy for our records.",
    "Further action is needed from MASH today.",
    "For your information, the step up form and the TAF minutes are attached.",
    "The Khans have closed to Early Help; no further action is needed from MASH on Kofi, whose attendance has recovered.",
    "Please accept this step down request.",
])
def test_a_request_is_not_read_as_not_one(text):
    assert not SAYS_NOT_A_REQUEST.search(text), text
