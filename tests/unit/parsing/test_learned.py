"""The learned second opinion on `contacted`: it adds a contact record the rules missed only
where it is sure, never takes one away, never gives one to a memo with no customer, and the
saved model agrees with the contract on memos whose reading is plain.
Memos written for these tests."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import KnownCustomer, parse_memo
from bot.parsing.learned import MODEL, Model, grams, load, second_opinion, when_mark

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TEAM = tuple(KnownCustomer(n) for n in ("蓝海科技", "阿里", "Pinecrest", "Jane Cooper"))


def leaning(bias: float) -> Model:
    """A model that reads nothing and leans by its bias alone."""
    return Model(grams={}, bias=bias, threshold=0.1)


@pytest.mark.parametrize("ruled", [True, False])
def test_the_rules_stand_where_the_model_is_unsure(ruled: bool) -> None:
    assert second_opinion(ruled, "Pinecrest", ("Pinecrest", None), "Ⓝ", leaning(0.0)) is ruled


def test_a_sure_model_adds_a_contact_record_the_rules_missed() -> None:
    assert second_opinion(False, "Pinecrest", ("Pinecrest", None), "Ⓝ", leaning(9.0)) is True


def test_the_model_never_takes_a_contact_record_away() -> None:
    assert second_opinion(True, "Pinecrest", ("Pinecrest", None), "Ⓝ", leaning(-9.0)) is True


def test_no_customer_no_contact_record_whatever_the_model_says() -> None:
    assert second_opinion(False, "Met a guy at the expo", (None, None), "Ⓝ",
                          leaning(9.0)) is False


def test_the_features_mark_names_digits_and_when() -> None:
    features = grams("Called Jane at ACME about 300 units", ("Acme", "Jane"), "Ⓟ")
    assert features[0] == "Ⓟ"
    assert "called\x01ⓒ" in features  # names become one mark, case aside
    assert "0\x01units" in features
    assert not any("acme" in g or "jane" in g or "300" in g for g in features)
    assert "蓝\x01海" in grams("蓝海科技", (), "Ⓝ")  # a Chinese character is a token


@pytest.mark.parametrize(
    ("due", "mark"),
    [(None, "Ⓝ"), (date(2026, 11, 17), "Ⓟ"), (date(2026, 11, 18), "Ⓣ"),
     (date(2026, 11, 19), "Ⓕ")],
)
def test_when_the_task_falls(due: date | None, mark: str) -> None:
    assert when_mark(due, date(2026, 11, 18)) == mark


def test_the_saved_model_was_trained_on_the_dev_split_only() -> None:
    saved = json.loads(MODEL.read_text(encoding="utf-8"))
    assert saved["trained_on"].startswith("bench/corpus/memos_dev.jsonl")
    model = load()
    assert model is not None
    assert model.threshold == saved["threshold"]
    assert len(model.grams) > 1000


@pytest.mark.parametrize(
    ("text", "contacted"),
    [
        ("蓝海科技来电说要加单", True),
        ("蓝海科技的刘经理刚回了微信，说样品收到了", True),
        ("Coffee with Jane Cooper this morning, she just took over purchasing", True),
        ("阿里的采购是谁？", False),
        ("Pinecrest's contract renews in March", False),
        ("Need to call Pinecrest next week", False),
        ("Does anyone have Jane Cooper's new number?", False),
    ],
)
def test_plain_memos_read_as_the_contract_says(text: str, contacted: bool) -> None:
    assert parse_memo(text, NOW, TEAM).contacted is contacted
